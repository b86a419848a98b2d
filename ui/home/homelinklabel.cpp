#include <ui/home/homelinklabel.h>

#include <QFocusEvent>

namespace thuky {

HomeLinkLabel::HomeLinkLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setOpenExternalLinks(false);
    setFocusPolicy(Qt::NoFocus);
}

void HomeLinkLabel::setLinkText(const QString &html)
{
    setText(html);
    setFocusPolicy(hasLinks() ? Qt::StrongFocus : Qt::NoFocus);
}

bool HomeLinkLabel::hasLinks() const
{
    return text().contains(QLatin1String("<a "));
}

void HomeLinkLabel::focusInEvent(QFocusEvent *event)
{
    QLabel::focusInEvent(event);
    // Select the first link, so that Enter follows it; backwards too (the label's text control
    // cannot start from the end), which is where a clerk tabbing back lands anyway.
    const bool byKey
        = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byKey && hasLinks())
        QLabel::focusNextPrevChild(true);
}

} // namespace thuky
