// A PartyDocument painted page by page: on a QPdfWriter, or on a QPrinter for print preview.

#include <core/documents/partydocument.h>

#include <core/documents/pageunits.h>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace thuky {

using namespace PageUnits;

namespace {

constexpr int PdfResolution = 1200;

/**
 * Draws the lines of the paragraphs that run over from the pages before into the page from
 * @p top to @p bottom (document coordinates); returns where the layout's own drawing may
 * start. Lines outside the page must not be drawn at all: clipped text would still be in the
 * PDF, invisible, and pdftotext would extract it. The layout skips lines outside ctx.clip,
 * except (Qt 6.4) the last line above it; so a paragraph running over from the page before
 * is drawn here line by line, and the layout's clip starts below it.
 */
double drawRunOver(QPainter &p, QTextDocument *doc, double top, double bottom)
{
    double clipTop = top;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextLayout *tl = b.layout();
        const QRectF r = layout->blockBoundingRect(b);
        if (r.top() >= top)
            break;
        if (!tl || tl->lineCount() == 0)
            continue;
        // Pagination moves lines down inside their block without growing the block's
        // bounding rect: the lines tell where the block really ends.
        const QPointF origin = r.topLeft();
        const QTextLine last = tl->lineAt(tl->lineCount() - 1);
        const double linesBottom = std::max(r.bottom(), origin.y() + last.y() + last.height());
        if (linesBottom <= top)
            continue;
        p.setPen(Qt::black);
        for (int l = 0; l < tl->lineCount(); ++l) {
            const QTextLine line = tl->lineAt(l);
            const double y = origin.y() + line.y();
            if (y >= top - 0.5 && y + line.height() <= bottom + 0.5)
                line.draw(&p, origin);
        }
        clipTop = std::max(clipTop, linesBottom);
    }
    return clipTop;
}

} // namespace

int PartyDocument::pageCount()
{
    return assembled()->pageCount();
}

void PartyDocument::print(QPagedPaintDevice *device)
{
    QTextDocument *doc = assembled(device);
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter p(device);
    if (!p.isActive())
        return;
    const double scale = double(device->logicalDpiY()) / layoutDpi();
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    const QFont numberFont = font(m_settings.bodyPointSize);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        // Page numbers from page 2, centred in the top margin (device coordinates, so the
        // font's point size resolves against the device).
        if (i > 0) {
            p.setFont(numberFont);
            const QRectF top(mmToPx(m_settings.marginLeftMm) * scale, 0, page.width() * scale,
                mmToPx(m_settings.marginTopMm) * scale);
            p.drawText(top, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(i + 1));
        }
        p.save();
        p.scale(scale, scale);
        p.translate(
            mmToPx(m_settings.marginLeftMm), mmToPx(m_settings.marginTopMm) - i * page.height());
        const double top = i * page.height();
        const double bottom = top + page.height();
        p.setClipRect(QRectF(0, top, page.width(), page.height()));
        const double clipTop = i > 0 ? drawRunOver(p, doc, top, bottom) : top;
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, clipTop + 0.5, page.width(), bottom - clipTop - 1);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        if (ctx.clip.height() > 0)
            layout->draw(&p, ctx);
        p.restore();
    }
    p.end();
}

bool PartyDocument::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(PdfResolution);
    writer.setCreator(QStringLiteral("Thư Ký"));
    writer.setTitle(m_subtitle.isEmpty() ? m_title : m_title + QStringLiteral(" — ") + m_subtitle);
    print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace thuky
