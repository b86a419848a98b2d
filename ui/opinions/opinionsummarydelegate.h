#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

namespace thuky {

/**
 * Paints a report's summary with the words the search matched highlighted. Matching folds
 * the text like the search does (TextNorm::fold: no diacritics, đ → d, lower case) and maps
 * each match back to the characters of the original text.
 */
class OpinionSummaryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /** @p tokens gives the folded search words at paint time. */
    OpinionSummaryDelegate(std::function<QStringList()> tokens, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    /**
     * The spans (start, length) of @p text, in its own characters, where a word starts with
     * one of the folded @p tokens: "dat" in "Giá đất tăng" gives (4, 3).
     */
    static QList<QPair<int, int>> matches(const QString &text, const QStringList &tokens);

private:
    std::function<QStringList()> m_tokens;
};

} // namespace thuky
