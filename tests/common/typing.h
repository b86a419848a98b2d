#pragma once

// Typing any text, Vietnamese letters included, into a widget as key events
// (QTest::keyClicks() sends Latin-1 only and stops the test on other letters).

#include <QTest>
#include <QWidget>

namespace thuky::test {

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key code = c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, code, QString(c), Qt::NoModifier);
    }
}

} // namespace thuky::test
