// PartyDocument: fonts, the header/title/signature setters and the body paragraphs. The
// assembled page (partydocumentlayout.cpp), the PDF (partydocumentpdf.cpp) and the ODT
// (partydocumentodt.cpp) are in their own files.

#include <core/documents/partydocument.h>

#include <core/documents/pageunits.h>

#include <QDir>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

namespace thuky {

using namespace PageUnits;

PartyDocument::PartyDocument(const DocumentPageSettings &settings)
    : m_settings(settings)
    , m_body(std::make_unique<QTextDocument>())
{
    m_settings.fontFamily = ensureFont(m_settings.fontFamily);
    m_body->setDefaultFont(font(m_settings.bodyPointSize));
    m_body->setUseDesignMetrics(true);
    m_body->setDocumentMargin(0);
}

PartyDocument::~PartyDocument() = default;

QString PartyDocument::ensureFont(const QString &family)
{
    if (QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return family;
    if (family.compare(QLatin1String("Liberation Serif"), Qt::CaseInsensitive) == 0) {
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/liberation2"));
        QString loaded;
        for (const char *file : { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                 "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf" }) {
            const int id
                = QFontDatabase::addApplicationFont(dir.filePath(QString::fromLatin1(file)));
            if (id >= 0 && loaded.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (!families.isEmpty())
                    loaded = families.first();
            }
        }
        if (!loaded.isEmpty())
            return loaded;
    }
    return family;
}

QString PartyDocument::shortIssuer(const QString &committeeName, const QString &place)
{
    const QString name = committeeName.trimmed();
    if (place.trimmed().isEmpty() || !name.endsWith(place.trimmed(), Qt::CaseInsensitive))
        return name;
    QString rest = name.left(name.size() - place.trimmed().size()).trimmed();
    for (const char *unit :
        { "thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn" }) {
        const QString u = QString::fromUtf8(unit);
        if (rest.endsWith(QLatin1Char(' ') + u, Qt::CaseInsensitive)) {
            rest = rest.left(rest.size() - u.size()).trimmed();
            break;
        }
    }
    return rest.isEmpty() ? name : rest;
}

QString PartyDocument::numberLine(int number, const QString &suffix)
{
    if (number > 0)
        return QStringLiteral("Số %1-%2").arg(number).arg(suffix);
    // A draft: the number is written in by hand once the minutes are signed.
    return QStringLiteral("Số %1-%2").arg(QString(6, QChar(0x00A0)), suffix);
}

QFont PartyDocument::font(double pointSize, bool bold, bool italic) const
{
    QFont f(m_settings.fontFamily);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QTextCharFormat PartyDocument::charFormat(double pointSize, bool bold, bool italic) const
{
    QTextCharFormat f;
    f.setFontFamilies({ m_settings.fontFamily });
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

void PartyDocument::setHeader(const Header &header)
{
    m_header = header;
}

void PartyDocument::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
}

void PartyDocument::setSignatures(const Signature &left, const Signature &right)
{
    m_left = left;
    m_right = right;
}

QTextCursor PartyDocument::bodyCursor()
{
    QTextCursor c(m_body.get());
    c.movePosition(QTextCursor::End);
    return c;
}

namespace {
/**
 * Starts a new block. The body's first block stays empty on purpose: when the body is copied
 * into the assembled document its first block merges into the block before it and loses its
 * format, so it must hold nothing.
 */
void newBlock(QTextCursor &c, const QTextBlockFormat &format, const QTextCharFormat &chars)
{
    c.insertBlock(format, chars);
}
} // namespace

void PartyDocument::addHeading(const QString &text)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setTopMargin(ptToPx(6));
    bf.setBottomMargin(ptToPx(3));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize, true);
    newBlock(c, bf, cf);
    c.insertText(text, cf);
}

void PartyDocument::addParagraph(const QString &text, const QString &boldLead)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setBottomMargin(ptToPx(3));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize);
    newBlock(c, bf, cf);
    if (!boldLead.isEmpty())
        c.insertText(boldLead, charFormat(m_settings.bodyPointSize, true));
    c.insertText(text, cf);
}

void PartyDocument::addListItem(const QString &text, const QString &boldLead)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setBottomMargin(ptToPx(2));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize);
    newBlock(c, bf, cf);
    if (!boldLead.isEmpty())
        c.insertText(boldLead, charFormat(m_settings.bodyPointSize, true));
    c.insertText(text, cf);
}

void PartyDocument::addHtml(const QString &html)
{
    // Parse into a scratch document with the body font as default so that unstyled text
    // gets the body font and size, then copy it in.
    QTextDocument scratch;
    scratch.setDefaultFont(font(m_settings.bodyPointSize));
    scratch.setHtml(html);
    QTextCursor all(&scratch);
    all.select(QTextCursor::Document);
    QTextCharFormat base;
    base.setFontFamilies({ m_settings.fontFamily });
    all.mergeCharFormat(base);
    for (QTextBlock b = scratch.begin(); b.isValid(); b = b.next()) {
        QTextCursor bc(b);
        QTextBlockFormat bf = b.blockFormat();
        if (!b.textList()) {
            bf.setTextIndent(mmToPx(10));
            if (bf.alignment() == Qt::AlignLeft
                || bf.alignment() == (Qt::AlignLeft | Qt::AlignAbsolute)
                || !bf.hasProperty(QTextFormat::BlockAlignment))
                bf.setAlignment(Qt::AlignJustify);
        }
        bf.setTopMargin(0);
        bf.setBottomMargin(ptToPx(3));
        bc.setBlockFormat(bf);
        // Sizes from foreign HTML (pasted from a browser) are ignored: the body is 14 pt.
        QTextCursor sel(b);
        sel.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setFontPointSize(m_settings.bodyPointSize);
        sel.mergeCharFormat(size);
    }
    // Give the fragment an empty first block: that is the one that merges into the body's
    // last block (and loses its format) when inserted.
    QTextCursor start(&scratch);
    start.insertBlock();
    QTextCursor first(scratch.begin());
    if (QTextList *list = first.currentList())
        list->remove(first.block());
    first.setBlockFormat(QTextBlockFormat());
    QTextCursor c = bodyCursor();
    c.insertFragment(QTextDocumentFragment(&scratch));
}

void PartyDocument::addSpacer()
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    newBlock(c, bf, charFormat(m_settings.bodyPointSize));
}

} // namespace thuky
