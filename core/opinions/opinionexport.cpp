#include <core/opinions/opinionexport.h>

#include <core/db/access.h>
#include <core/db/database.h>
#include <core/db/lazylibrary.h>
#include <core/opinions/opinionimport.h>
#include <core/text/output.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <iterator>

namespace thuky {

namespace {
LazyLibrary &xlsxLibrary()
{
    static LazyLibrary lib("xlsxwriter", 4, "libxlsxwriter4");
    return lib;
}

// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpinionExport)
};

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

// Excel's last row is 1,048,576; one is the header.
constexpr qint64 maxXlsxRows = 1048575;
} // namespace

OpinionExport::OpinionExport(Database &db)
    : m_db(db)
{
}

QStringList OpinionExport::csvFields(const OpinionReport &r)
{
    // Same order as OpinionImport::columns().
    return { VnDate::iso(r.observedOn), r.localityName, r.topicName, r.summary, r.channel,
        r.sentiment, r.urgency, r.scope, r.recommendation, r.reporterName, r.agencyName,
        VnDate::iso(r.forwardedOn), r.status, r.response, VnDate::iso(r.responseOn) };
}

qint64 OpinionExport::writeCsv(const OpinionFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ValidationError(
            QStringLiteral("out"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto line = [](const QStringList &fields) {
        QString text;
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += OutputTable::csvField(fields.at(i));
        }
        text += QLatin1Char('\n');
        return text.toUtf8();
    };
    file.write(line(OpinionImport::columns()));
    qint64 rows = 0;
    QByteArray buffer;
    OpinionRepository(m_db).forEach(filter, [&](const OpinionReport &r) {
        buffer += line(csvFields(r));
        ++rows;
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    });
    file.write(buffer);
    if (!file.commit())
        throw ValidationError(
            QStringLiteral("out"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

qint64 OpinionExport::write(const OpinionFilter &filter, const QString &path)
{
    if (!Access::exports(m_db.currentRole()))
        throw PermissionError(
            Tr::tr("The role %1 may not export reports.").arg(m_db.currentRole()));
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeCsv(filter, path);
    return writeXlsx(filter, path);
}

namespace {
// Per column: date, locality, topic, summary, channel, sentiment, urgency, scope,
// recommendation, reporter, forwarded_to, forwarded_date, status, response, response_date.
const double xlsxWidths[] = { 12, 18, 24, 60, 14, 12, 12, 12, 40, 22, 28, 12, 14, 40, 12 };
const bool xlsxIsDate[] = { true, false, false, false, false, false, false, false, false, false,
    false, true, false, false, true };
const bool xlsxIsLong[] = { false, false, false, true, false, false, false, false, true, false,
    false, false, false, true, false };

struct XlsxFormats
{
    lxw_format *header;
    lxw_format *date;
    lxw_format *text; ///< long text, wrapped
    lxw_format *cell;
};

XlsxFormats addFormats(lxw_workbook *book)
{
    XlsxFormats f {};
    f.header = THUKY_LAZY(xlsxLibrary(), workbook_add_format)(book);
    THUKY_LAZY(xlsxLibrary(), format_set_bold)(f.header);
    THUKY_LAZY(xlsxLibrary(), format_set_text_wrap)(f.header);
    THUKY_LAZY(xlsxLibrary(), format_set_align)(f.header, LXW_ALIGN_VERTICAL_TOP);
    THUKY_LAZY(xlsxLibrary(), format_set_bg_color)(f.header, 0xDDE6F0);
    THUKY_LAZY(xlsxLibrary(), format_set_border)(f.header, LXW_BORDER_THIN);
    f.date = THUKY_LAZY(xlsxLibrary(), workbook_add_format)(book);
    THUKY_LAZY(xlsxLibrary(), format_set_num_format)(f.date, "dd/mm/yyyy");
    THUKY_LAZY(xlsxLibrary(), format_set_align)(f.date, LXW_ALIGN_VERTICAL_TOP);
    THUKY_LAZY(xlsxLibrary(), format_set_align)(f.date, LXW_ALIGN_LEFT);
    f.text = THUKY_LAZY(xlsxLibrary(), workbook_add_format)(book);
    THUKY_LAZY(xlsxLibrary(), format_set_text_wrap)(f.text);
    THUKY_LAZY(xlsxLibrary(), format_set_align)(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.cell = THUKY_LAZY(xlsxLibrary(), workbook_add_format)(book);
    THUKY_LAZY(xlsxLibrary(), format_set_align)(f.cell, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

/** The Vietnamese header row, the column widths, and the header kept in view. */
void writeXlsxHeader(lxw_worksheet *sheet, const XlsxFormats &formats)
{
    const QStringList headers = OpinionImport::vietnameseColumns();
    for (int c = 0; c < headers.size(); ++c) {
        THUKY_LAZY(xlsxLibrary(), worksheet_set_column)
        (sheet, lxw_col_t(c), lxw_col_t(c), xlsxWidths[c], nullptr);
        THUKY_LAZY(xlsxLibrary(), worksheet_write_string)
        (sheet, 0, lxw_col_t(c), capitalised(headers.at(c)).toUtf8().constData(), formats.header);
    }
    THUKY_LAZY(xlsxLibrary(), worksheet_freeze_panes)(sheet, 1, 0);
}

void writeXlsxRow(
    lxw_worksheet *sheet, lxw_row_t row, const OpinionReport &r, const XlsxFormats &formats)
{
    auto label = [](OpinionCodes::Field field, const QString &code) {
        return capitalised(OpinionCodes::vietnameseLabel(field, code));
    };
    const QStringList values = { QString(), r.localityName, r.topicName, r.summary,
        label(OpinionCodes::Field::Channel, r.channel),
        label(OpinionCodes::Field::Sentiment, r.sentiment),
        label(OpinionCodes::Field::Urgency, r.urgency), label(OpinionCodes::Field::Scope, r.scope),
        r.recommendation, r.reporterName, r.agencyName, QString(),
        label(OpinionCodes::Field::Status, r.status), r.response, QString() };
    const QDate dates[] = { r.observedOn, r.forwardedOn, r.responseOn };
    int dateIndex = 0;
    for (int c = 0; c < values.size(); ++c) {
        if (xlsxIsDate[c]) {
            const QDate d = dates[dateIndex++];
            if (d.isValid()) {
                lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0 };
                THUKY_LAZY(xlsxLibrary(), worksheet_write_datetime)
                (sheet, row, lxw_col_t(c), &dt, formats.date);
            }
            continue;
        }
        if (values.at(c).isEmpty())
            continue;
        THUKY_LAZY(xlsxLibrary(), worksheet_write_string)
        (sheet, row, lxw_col_t(c), values.at(c).toUtf8().constData(),
            xlsxIsLong[c] ? formats.text : formats.cell);
    }
}
} // namespace

qint64 OpinionExport::writeXlsx(const OpinionFilter &filter, const QString &path)
{
    OpinionRepository repo(m_db);
    if (repo.count(filter) > maxXlsxRows)
        throw ValidationError(QStringLiteral("out"),
            Tr::tr("More than %1 reports match: an Excel sheet cannot hold them. "
                   "Narrow the filter or export CSV.")
                .arg(maxXlsxRows));
    if (QString error; !xlsxLibrary().load(&error))
        throw ValidationError(QStringLiteral("out"), error);
    // Written beside the target and renamed at the end, so a failure leaves no half file.
    const QString temp = path + QStringLiteral(".part");
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book
        = THUKY_LAZY(xlsxLibrary(), workbook_new_opt)(tempName.constData(), &options);
    if (!book)
        throw ValidationError(QStringLiteral("out"), Tr::tr("Cannot write %1.").arg(path));
    lxw_worksheet *sheet = THUKY_LAZY(xlsxLibrary(), workbook_add_worksheet)(
        book, Tr::tr("Opinion reports").toUtf8().constData());
    const XlsxFormats formats = addFormats(book);
    writeXlsxHeader(sheet, formats);
    lxw_row_t row = 0;
    repo.forEach(filter, [&](const OpinionReport &r) { writeXlsxRow(sheet, ++row, r, formats); });
    THUKY_LAZY(xlsxLibrary(), worksheet_autofilter)
    (sheet, 0, 0, row, lxw_col_t(std::size(xlsxWidths) - 1));
    const lxw_error status = THUKY_LAZY(xlsxLibrary(), workbook_close)(book);
    if (status != LXW_NO_ERROR) {
        QFile::remove(temp);
        throw ValidationError(QStringLiteral("out"),
            Tr::tr("Cannot write %1: %2")
                .arg(path, QString::fromUtf8(THUKY_LAZY(xlsxLibrary(), lxw_strerror)(status))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        throw ValidationError(QStringLiteral("out"), Tr::tr("Cannot write %1.").arg(path));
    }
    return qint64(row);
}

} // namespace thuky
