#pragma once

// Reads printed documents back for the tests: the text of each PDF page (pdftotext), the
// fonts of a PDF (pdffonts), the content.xml and mimetype of an ODT (unzip).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace thuky::test {

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The text of each page of @p pdf (pdftotext -layout), without the empty tail. */
inline QStringList pdfPages(const QString &pdf)
{
    QStringList pages = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/**
 * The whole text of @p pdf in the order it was drawn (pdftotext -raw), runs of white space
 * made one space: a table cell's text reads as one line however it was wrapped.
 */
inline QString pdfText(const QString &pdf)
{
    return runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") })
        .simplified();
}

/** pdffonts' table of @p pdf. */
inline QString pdfFonts(const QString &pdf)
{
    return runTool(QStringLiteral("pdffonts"), { pdf });
}

/** One file of the zip @p odt, as text. */
inline QString odtEntry(const QString &odt, const QString &entry)
{
    return runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, entry });
}

/** True when every one of @p needles is in @p text, in that order. */
inline bool inOrder(const QString &text, const QStringList &needles)
{
    qsizetype last = -1;
    for (const QString &n : needles) {
        const qsizetype at = text.indexOf(n, last + 1);
        if (at < 0)
            return false;
        last = at;
    }
    return true;
}

} // namespace thuky::test
