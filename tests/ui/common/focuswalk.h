#pragma once

// Walks a window's focus chain with the Tab key, as a clerk would, and checks it follows the
// screen: each next field below the previous one, or to its right (same row: left to right).

#include <QApplication>
#include <QList>
#include <QRadioButton>
#include <QRect>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace thuky::test {

/** The widgets Tab visits from the focused one until it comes back to it (one round). */
inline QList<QWidget *> walkFocusChain(int limit = 80)
{
    QList<QWidget *> chain;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return chain;
    chain.append(first);
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == first)
            break;
        if (next != chain.last()) // a table walking its cells stays one stop
            chain.append(next);
    }
    return chain;
}

/** @p w's rectangle in @p window's coordinates. */
inline QRect rectIn(QWidget *window, QWidget *w)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

/**
 * Whether @p next comes after @p previous reading the screen: wholly below it, or wholly to
 * its right (the next field of a row, or the column right of it, which may start higher).
 */
inline bool readsAfter(const QRect &previous, const QRect &next)
{
    const int slack = 2; // spacing between neighbours may be nil
    const bool below = next.top() >= previous.top() + previous.height() - slack;
    const bool right = next.left() >= previous.left() + previous.width() - slack;
    return below || right;
}

inline QString describe(QWidget *window, QWidget *w)
{
    const QRect r = rectIn(window, w);
    const QString name = w->objectName().isEmpty()
        ? QString::fromLatin1(w->metaObject()->className())
        : w->objectName();
    return QStringLiteral("%1@(%2,%3 %4×%5)")
        .arg(name)
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

/**
 * The steps of one round of @p chain that go back up or left. A chain that follows the
 * screen has exactly one: from the last widget back to the first.
 */
inline QStringList backwardSteps(QWidget *window, const QList<QWidget *> &chain)
{
    QStringList steps;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QWidget *from = chain.at(i);
        QWidget *to = chain.at((i + 1) % chain.size());
        if (!readsAfter(rectIn(window, from), rectIn(window, to)))
            steps.append(describe(window, from) + QStringLiteral(" → ") + describe(window, to));
    }
    return steps;
}

/**
 * Visible, enabled widgets of @p window that take Tab focus but @p chain never reached (of
 * radio buttons that exclude each other, the checked one is the group's stop).
 */
inline QStringList unreached(QWidget *window, const QList<QWidget *> &chain)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || w->focusProxy()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        auto *radio = qobject_cast<QRadioButton *>(w);
        if (radio && !radio->isChecked() && radio->autoExclusive())
            continue;
        if (!chain.contains(w))
            out.append(describe(window, w));
    }
    return out;
}

} // namespace thuky::test
