#pragma once

#include <QMainWindow>

namespace thuky {

class Database;

/** The main window: one area per part of the work. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};

} // namespace thuky
