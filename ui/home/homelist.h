#pragma once

#include <QTreeWidget>

namespace thuky {

/**
 * A short list of records on the home page (reports waiting, tasks to chase): one line per
 * record, as tall as its rows so that the page, not the list, scrolls. A click or Enter on a
 * line asks to open its record (chosen()); Tab into the list lands on its first line.
 */
class HomeList : public QTreeWidget
{
    Q_OBJECT
public:
    /** How a column is sized: to its contents, sharing the spare width, or a fixed width. */
    struct Column
    {
        QString title;
        int width = 0; ///< 0: fit the contents, -1: stretch, > 0: that many pixels
    };

    HomeList(const QList<Column> &columns, QWidget *parent = nullptr);

    /** Appends a line for record @p id; @p toolTip shows on every cell. */
    void addRow(qint64 id, const QStringList &cells, const QString &toolTip = {});
    /** Removes every line. */
    void clearRows();
    /** The record id of line @p row. */
    qint64 idAt(int row) const;

signals:
    /** The user clicked a line or pressed Enter on it. */
    void chosen(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /** Makes the list exactly as tall as its header and lines. */
    void fitHeight();
};

} // namespace thuky
