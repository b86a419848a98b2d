#include <ui/opinions/opinionsummarydelegate.h>

#include <core/text/textnorm.h>

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace thuky {

OpinionSummaryDelegate::OpinionSummaryDelegate(std::function<QStringList()> tokens, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_tokens(std::move(tokens))
{
}

QList<QPair<int, int>> OpinionSummaryDelegate::matches(
    const QString &text, const QStringList &tokens)
{
    QList<QPair<int, int>> spans;
    if (tokens.isEmpty() || text.isEmpty())
        return spans;
    // Fold character by character, remembering where each folded character came from.
    QString folded;
    QList<int> start; // original index of each folded character
    QList<int> end; // original index just after it
    for (int i = 0; i < text.size();) {
        const int len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = TextNorm::fold(text.mid(i, len));
        if (piece.isEmpty() && !end.isEmpty() && end.last() == i) {
            // A combining mark (decomposed text) belongs to the character before it.
            end.last() = i + len;
        }
        for (const QChar c : piece) {
            folded.append(c);
            start.append(i);
            end.append(i + len);
        }
        i += len;
    }
    for (int k = 0; k < folded.size(); ++k) {
        if (!folded.at(k).isLetterOrNumber() || (k > 0 && folded.at(k - 1).isLetterOrNumber()))
            continue;
        int best = 0;
        for (const QString &t : tokens) {
            if (t.size() > best && QStringView(folded).mid(k).startsWith(t))
                best = int(t.size());
        }
        if (best > 0)
            spans.append({ start.at(k), end.at(k + best - 1) - start.at(k) });
    }
    return spans;
}

void OpinionSummaryDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList tokens = m_tokens ? m_tokens() : QStringList();
    if (tokens.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    QList<QPair<int, int>> spans = matches(text, tokens);
    QString source = text;
    if (!spans.isEmpty()) {
        // When the first match would be cut off, start the text a little before it.
        const QString head = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
        const int visible = int(head.size()) - 1;
        const QPair<int, int> first = spans.first();
        if (head != text && first.first + first.second > visible) {
            int cut = qMax(0, first.first - 12);
            while (cut > 0 && !text.at(cut - 1).isSpace())
                --cut;
            source = QChar(0x2026) + text.mid(cut);
            for (auto &span : spans)
                span.first = span.first - cut + 1;
            spans.erase(std::remove_if(spans.begin(), spans.end(),
                            [](const QPair<int, int> &s) { return s.first < 1; }),
                spans.end());
        }
    }
    const QString shown = opt.fontMetrics.elidedText(source, Qt::ElideRight, rect.width());
    // Elision keeps a prefix of the text, so spans inside it stay valid.
    const int kept = shown != source ? int(shown.size()) - 1 : int(shown.size());
    QList<QTextLayout::FormatRange> formats;
    for (const auto &span : std::as_const(spans)) {
        if (span.first >= kept)
            break;
        QTextLayout::FormatRange range;
        range.start = span.first;
        range.length = qMin(span.second, kept - span.first);
        range.format.setBackground(QColor(0xff, 0xe0, 0x66));
        range.format.setForeground(QColor(0x20, 0x20, 0x20));
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width() + 100);
    layout.endLayout();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
            selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = rect.top() + (rect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace thuky
