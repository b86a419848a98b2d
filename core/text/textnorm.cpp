#include <core/text/textnorm.h>

#include <QStringList>

namespace thuky {

QString TextNorm::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (u == 0x0111 || u == 0x0110) // đ Đ
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

QString TextNorm::clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

namespace {

// Base letters with their Vietnamese-alphabet modifiers (breve, circumflex, horn, bar) are
// letters of their own; the five tone marks are secondary.
int toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return 0;
    }
}

// Primary weight of a base letter plus its letter-forming modifier.
int letterWeight(char16_t base, char16_t modifier)
{
    // a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, other letters in between
    static const char order[] = "abcdefghijklmnopqrstuvwxyz";
    const char16_t lower = (base >= u'A' && base <= u'Z') ? char16_t(base + 32) : base;
    if (lower >= u'a' && lower <= u'z') {
        int w = int(lower - u'a') * 4 + 100;
        if (modifier == 0x0306) // breve: ă
            w += 1;
        else if (modifier == 0x0302) // circumflex: â ê ô
            w += 2;
        else if (modifier == 0x031B) // horn: ơ ư
            w += 3;
        (void)order;
        return w;
    }
    if (lower == 0x0111 || lower == 0x0110) // đ sorts right after d
        return int(u'd' - u'a') * 4 + 100 + 2;
    if (base >= u'0' && base <= u'9')
        return 50 + int(base - u'0');
    if (base == u' ')
        return 1;
    return 300 + int(QChar(base).toLower().unicode());
}

} // namespace

QString TextNorm::collationKey(const QString &text)
{
    const QString d = text.normalized(QString::NormalizationForm_D);
    QString primary;
    QString tones;
    QString cases;
    for (int i = 0; i < d.size(); ++i) {
        const QChar c = d.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        char16_t modifier = 0;
        int tone = 0;
        int j = i + 1;
        for (; j < d.size() && d.at(j).category() == QChar::Mark_NonSpacing; ++j) {
            const char16_t m = d.at(j).unicode();
            if (m == 0x0306 || m == 0x0302 || m == 0x031B)
                modifier = m;
            else if (toneOf(m))
                tone = toneOf(m);
        }
        primary.append(QChar(char16_t(0x100 + letterWeight(c.unicode(), modifier))));
        tones.append(QChar(char16_t(u'0' + tone)));
        cases.append(c.isUpper() ? QLatin1Char('1') : QLatin1Char('0'));
    }
    // Separator below every weight so shorter strings sort first.
    return primary + QChar(char16_t(0x20)) + tones + QChar(char16_t(0x20)) + cases;
}

QString TextNorm::personSortKey(const QString &fullName)
{
    const QStringList words = clean(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QStringList rest = words;
    const QString given = rest.takeLast();
    // Given name, then family and middle names, each compared in Vietnamese order.
    return collationKey(given) + QChar(char16_t(0x21)) + collationKey(rest.join(QLatin1Char(' ')));
}

int TextNorm::compare(const QString &a, const QString &b)
{
    return collationKey(a).compare(collationKey(b));
}

} // namespace thuky
