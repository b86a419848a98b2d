#include "mainwindow.h"

#include <QLabel>

namespace thuky {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Thư Ký"));
    setCentralWidget(new QLabel(tr("Roster"), this));
}

} // namespace thuky
