#pragma once

#include <QLabel>

namespace thuky {

/**
 * A rich-text label whose links are followed by click or by keyboard like buttons: Tab into it
 * selects its first link at once (a plain QLabel wants a second Tab), Tab moves to its next link
 * and Enter follows the selected one (linkActivated()). A text without links is no Tab stop.
 */
class HomeLinkLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HomeLinkLabel(QWidget *parent = nullptr);

    /** Sets the rich text and whether the label takes the keyboard focus (only with links). */
    void setLinkText(const QString &html);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    bool hasLinks() const;
};

} // namespace thuky
