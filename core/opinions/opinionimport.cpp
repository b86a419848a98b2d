#include <core/opinions/opinionimport.h>

#include <core/db/database.h>
#include <core/db/namelock.h>
#include <core/opinions/importcolumns.h>
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/csvreader.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpinionImport)
};

// The columns by their short names, as the checks below read best.
constexpr ImportColumns::Column ColDate = ImportColumns::Date;
constexpr ImportColumns::Column ColLocality = ImportColumns::Locality;
constexpr ImportColumns::Column ColTopic = ImportColumns::Topic;
constexpr ImportColumns::Column ColSummary = ImportColumns::Summary;
constexpr ImportColumns::Column ColChannel = ImportColumns::Channel;
constexpr ImportColumns::Column ColSentiment = ImportColumns::Sentiment;
constexpr ImportColumns::Column ColUrgency = ImportColumns::Urgency;
constexpr ImportColumns::Column ColScope = ImportColumns::Scope;
constexpr ImportColumns::Column ColRecommendation = ImportColumns::Recommendation;
constexpr ImportColumns::Column ColReporter = ImportColumns::Reporter;
constexpr ImportColumns::Column ColForwardedTo = ImportColumns::ForwardedTo;
constexpr ImportColumns::Column ColForwardedDate = ImportColumns::ForwardedDate;
constexpr ImportColumns::Column ColStatus = ImportColumns::Status;
constexpr ImportColumns::Column ColResponse = ImportColumns::Response;
constexpr ImportColumns::Column ColResponseDate = ImportColumns::ResponseDate;

QString quoted(const QString &value)
{
    return QStringLiteral("\u201C%1\u201D").arg(value);
}
} // namespace

OpinionImport::OpinionImport(Database &db, const Options &options)
    : m_db(db)
    , m_options(options)
{
}

QStringList OpinionImport::columns()
{
    return ImportColumns::englishNames();
}

QStringList OpinionImport::vietnameseColumns()
{
    return ImportColumns::vietnameseNames();
}

bool OpinionImport::addProblems(const QList<CsvProblem> &problems)
{
    for (const CsvProblem &p : problems)
        error(p.line, p.message);
    return problems.isEmpty();
}

void OpinionImport::error(int line, const QString &message, ImportProblem::Remedy remedy)
{
    m_problems.append({ line, message, false, remedy });
}

void OpinionImport::warning(int line, const QString &message, ImportProblem::Remedy remedy)
{
    m_problems.append({ line, message, true, remedy });
}

QString OpinionImport::columnName(const ImportColumns &columns, int column) const
{
    const auto c = ImportColumns::Column(column);
    return m_options.forDialog ? quoted(columns.headerName(c)) : ImportColumns::englishName(c);
}

QString OpinionImport::unknownName(int column, const QString &name) const
{
    // The command line names its option; a dialog words the remedy with its own check box.
    const bool cli = !m_options.forDialog;
    switch (column) {
    case ColLocality:
        return (cli ? Tr::tr("unknown locality %1 (check the spelling, or import with "
                             "--create-missing to add it)")
                    : Tr::tr("unknown locality %1: check the spelling"))
            .arg(quoted(name));
    case ColTopic:
        return (cli ? Tr::tr("unknown topic %1 (check the spelling, or import with "
                             "--create-missing to add it)")
                    : Tr::tr("unknown topic %1: check the spelling"))
            .arg(quoted(name));
    default:
        return (cli ? Tr::tr("unknown reporter %1: imported without a reporter (import with "
                             "--create-missing to add the person)")
                    : Tr::tr("unknown reporter %1: imported without a reporter"))
            .arg(quoted(name));
    }
}

QList<ImportProblem> OpinionImport::problems() const
{
    QList<ImportProblem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return sorted;
}

bool OpinionImport::hasErrors() const
{
    return std::any_of(
        m_problems.cbegin(), m_problems.cend(), [](const ImportProblem &p) { return !p.warning; });
}

const QString &OpinionImport::keyOf(const QString &name)
{
    auto it = m_keys.constFind(name);
    if (it == m_keys.constEnd())
        it = m_keys.insert(name, TaxonomyRepository::nameKey(name));
    return *it;
}

const QString &OpinionImport::cleanName(const QString &raw)
{
    auto it = m_cleanNames.constFind(raw);
    if (it == m_cleanNames.constEnd())
        it = m_cleanNames.insert(raw, TextNorm::clean(raw));
    return *it;
}

void OpinionImport::loadNames()
{
    auto load = [this](const QString &sql, QHash<QString, qint64> &map) {
        QSqlQuery q = m_db.exec(sql);
        while (q.next()) {
            const QString key = TaxonomyRepository::nameKey(q.value(1).toString());
            if (!map.contains(key)) // ORDER BY id: the oldest of equal names wins
                map.insert(key, q.value(0).toLongLong());
        }
    };
    load(QStringLiteral("SELECT id, name FROM localities ORDER BY id"), m_localities);
    load(QStringLiteral("SELECT id, name FROM topics ORDER BY id"), m_topics);
    // Every id of a name ("Chợ Mới" the district and "Chợ Mới" the commune), for duplicates.
    auto loadAll = [this](const QString &sql, QHash<QString, QList<qint64>> &map) {
        QSqlQuery q = m_db.exec(sql);
        while (q.next())
            map[TaxonomyRepository::nameKey(q.value(1).toString())].append(q.value(0).toLongLong());
    };
    loadAll(QStringLiteral("SELECT id, name FROM localities ORDER BY id"), m_allLocalityIds);
    QSqlQuery periods = m_db.exec(
        QStringLiteral("SELECT id, valid_from, valid_to FROM localities WHERE valid_from IS NOT "
                       "NULL OR valid_to IS NOT NULL"));
    while (periods.next()) {
        m_localityPeriods.insert(periods.value(0).toLongLong(),
            { QDate::fromString(periods.value(1).toString(), Qt::ISODate),
                QDate::fromString(periods.value(2).toString(), Qt::ISODate) });
    }
    loadAll(QStringLiteral("SELECT id, name FROM topics ORDER BY id"), m_allTopicIds);
    load(QStringLiteral("SELECT id, full_name FROM persons ORDER BY id"), m_persons);
    load(QStringLiteral("SELECT id, name FROM agencies ORDER BY id"), m_agencies);
}

/** What one analyse() pass keeps from row to row. */
struct OpinionImport::Pass
{
    explicit Pass(const QStringList &header)
        : columns(header)
    {
    }
    ImportColumns columns;
    QSet<QString> seen; ///< duplicate keys within the file
    QSqlQuery existing; ///< finds an equal report in the database (skipDuplicates)
    QHash<const void *, QSet<QString>> remembered; ///< keys per missing-names list
};

bool OpinionImport::analyse(const QByteArray &data)
{
    m_problems.clear();
    m_rows.clear();
    m_analysed = true;
    m_dataRows = 0;
    // Once: today's date reads the time zone (a system call) each time it is asked.
    m_latest = VnDate::latest();
    if (!addProblems(CsvReader::textProblems(data)))
        return false;
    const CsvReader csv(data);
    const QList<CsvRecord> &records = csv.records();
    if (!addProblems(CsvReader::headerProblems(csv, data)))
        return false;
    Pass pass(records.first().fields);
    if (!checkColumns(pass.columns))
        return false;

    loadNames();
    if (m_options.skipDuplicates)
        pass.existing = m_db.prepare(existingReportQuery());
    m_rows.reserve(records.size());
    for (const CsvProblem &p : csv.problems()) {
        if (p.line > 1)
            error(p.line, p.message);
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        ++m_dataRows;
        if (!records.at(r).bad)
            analyseRow(records.at(r), pass);
    }
    return !hasErrors();
}

/** Every required column once; unknown ones are only a warning. */
bool OpinionImport::checkColumns(const ImportColumns &columns)
{
    for (const QString &name : columns.repeated())
        error(1, Tr::tr("the column %1 appears twice").arg(quoted(name)));
    if (!columns.anyKnown()) {
        error(1,
            Tr::tr("not an opinion report CSV file: the first line names none of the columns "
                   "date, locality, topic, summary (or ngày, địa bàn, lĩnh vực, nội dung)"));
        return false;
    }
    for (ImportColumns::Column c : { ColDate, ColLocality, ColTopic, ColSummary }) {
        if (!columns.has(c))
            error(1,
                Tr::tr("the required column %1 (%2) is missing")
                    .arg(ImportColumns::englishName(c), ImportColumns::vietnameseName(c)));
    }
    if (!columns.unknown().isEmpty())
        warning(1,
            Tr::tr("ignoring unknown column(s): %1")
                .arg(columns.unknown().join(QStringLiteral(", "))));
    return !hasErrors();
}

/** A row's fields must match the header (extra empty fields are fine). */
bool OpinionImport::checkFieldCount(const CsvRecord &rec, int columnsInHeader)
{
    if (rec.fields.size() > columnsInHeader) {
        bool extraText = false;
        for (qsizetype i = columnsInHeader; i < rec.fields.size(); ++i)
            extraText = extraText || !rec.fields.at(i).trimmed().isEmpty();
        if (extraText) {
            error(rec.line,
                Tr::tr("%1 fields, but the header names %2 columns (a field with the "
                       "separator in it must be quoted)")
                    .arg(rec.fields.size())
                    .arg(columnsInHeader));
            return false;
        }
    } else if (rec.fields.size() < columnsInHeader) {
        error(rec.line,
            Tr::tr("only %1 fields, but the header names %2 columns")
                .arg(rec.fields.size())
                .arg(columnsInHeader));
        return false;
    }
    return true;
}

void OpinionImport::analyseRow(const CsvRecord &rec, Pass &pass)
{
    if (!checkFieldCount(rec, pass.columns.headerSize()))
        return;
    ImportRow row;
    row.line = rec.line;
    OpinionReport &rep = row.report;
    readDates(rec, pass.columns, rep);
    resolveNames(rec, pass, rep);
    auto field = [&](ImportColumns::Column c) { return pass.columns.field(rec.fields, c); };
    rep.summary = OpinionRepository::cleanText(field(ColSummary));
    if (rep.summary.isEmpty())
        error(rec.line, Tr::tr("the summary (nội dung) is empty"));
    rep.recommendation = OpinionRepository::cleanText(field(ColRecommendation));
    rep.response = OpinionRepository::cleanText(field(ColResponse));
    readCodes(rec, pass.columns, rep);
    if (field(ColStatus).isEmpty()) {
        if (!rep.response.isEmpty())
            rep.status = QStringLiteral("answered");
        else if (!rep.agencyName.isEmpty())
            rep.status = QStringLiteral("forwarded");
    }
    if (m_options.skipDuplicates && rep.observedOn.isValid() && !rep.summary.isEmpty())
        row.duplicate = isDuplicate(rep, pass);
    m_rows.append(std::move(row));
}

void OpinionImport::readDates(
    const CsvRecord &rec, const ImportColumns &columns, OpinionReport &rep)
{
    auto date = [&](ImportColumns::Column c, QDate *out, bool required) {
        const QString text = columns.field(rec.fields, c);
        if (text.isEmpty()) {
            if (required)
                error(rec.line, Tr::tr("the date is missing"));
            return;
        }
        *out = VnDate::parse(text);
        if (!out->isValid()) {
            error(rec.line,
                Tr::tr("%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)")
                    .arg(quoted(text), columnName(columns, c)));
        } else if (*out < VnDate::earliest() || *out > m_latest) { // VnDate::inRange
            error(rec.line,
                Tr::tr("%1 in %2 is not between %3 and %4")
                    .arg(quoted(text), columnName(columns, c), VnDate::display(VnDate::earliest()),
                        VnDate::display(m_latest)));
            *out = QDate();
        }
    };
    date(ColDate, &rep.observedOn, true);
    date(ColForwardedDate, &rep.forwardedOn, false);
    date(ColResponseDate, &rep.responseOn, false);
}

qint64 OpinionImport::localityOn(qint64 id, const QString &key, const QDate &day) const
{
    const QList<qint64> ids = m_allLocalityIds.value(key);
    if (ids.size() < 2 || !day.isValid())
        return id;
    for (const qint64 candidate : ids) {
        const QPair<QDate, QDate> p = m_localityPeriods.value(candidate);
        if ((!p.first.isValid() || p.first <= day) && (!p.second.isValid() || p.second >= day))
            return candidate;
    }
    return id;
}

/** The locality, topic, reporter and agency by name: known ids, or names to create. */
void OpinionImport::resolveNames(const CsvRecord &rec, Pass &pass, OpinionReport &rep)
{
    auto name
        = [&](ImportColumns::Column c) { return cleanName(pass.columns.field(rec.fields, c)); };
    rep.localityName = name(ColLocality);
    rep.topicName = name(ColTopic);
    rep.reporterName = name(ColReporter);
    rep.agencyName = name(ColForwardedTo);
    resolveReport(rec.line, pass, rep);
}

/** The ids of the names in @p rep as the database has them now, or the names to create. */
void OpinionImport::resolveReport(int line, Pass &pass, OpinionReport &rep)
{
    auto resolve = [&](const QHash<QString, qint64> &map, const QString &name) -> qint64 {
        if (name.isEmpty())
            return 0;
        const auto it = map.constFind(keyOf(name));
        return it != map.constEnd() ? it.value() : -1;
    };
    auto remember = [&](QList<QPair<QString, QString>> &missing, const QString &name) {
        const QString &key = keyOf(name);
        QSet<QString> &known = pass.remembered[&missing];
        if (known.contains(key))
            return;
        known.insert(key);
        missing.append({ key, name });
    };
    rep.localityId = rep.topicId = rep.reporterId = rep.agencyId = 0;

    const qint64 loc = resolve(m_localities, rep.localityName);
    if (rep.localityName.isEmpty())
        error(line, Tr::tr("the locality is missing"));
    else if (loc < 0 && !m_options.createMissing)
        error(
            line, unknownName(ColLocality, rep.localityName), ImportProblem::Remedy::CreateMissing);
    else if (loc < 0)
        remember(m_missingLocalities, rep.localityName);
    else
        rep.localityId = localityOn(loc, keyOf(rep.localityName), rep.observedOn);

    const qint64 topic = resolve(m_topics, rep.topicName);
    if (rep.topicName.isEmpty())
        error(line, Tr::tr("the topic is missing"));
    else if (topic < 0 && !m_options.createMissing)
        error(line, unknownName(ColTopic, rep.topicName), ImportProblem::Remedy::CreateMissing);
    else if (topic < 0)
        remember(m_missingTopics, rep.topicName);
    else
        rep.topicId = topic;

    const qint64 person = resolve(m_persons, rep.reporterName);
    if (person < 0 && m_options.createMissing) {
        remember(m_missingPersons, rep.reporterName);
    } else if (person < 0) {
        warning(
            line, unknownName(ColReporter, rep.reporterName), ImportProblem::Remedy::CreateMissing);
        rep.reporterName.clear();
    } else {
        rep.reporterId = person;
    }

    const qint64 agency = resolve(m_agencies, rep.agencyName);
    if (agency < 0) // agencies are a free list: a new name is simply added
        remember(m_missingAgencies, rep.agencyName);
    else
        rep.agencyId = agency;
}

/**
 * analyse() looked the names and duplicates up before the write transaction; another writer
 * may have added the same names or reports since. Inside the transaction, under lockNames(),
 * the rows are resolved again against what the database holds now, so that two imports at
 * once add each name once and a file's reports once.
 */
void OpinionImport::resolveAgain()
{
    m_localities.clear();
    m_topics.clear();
    m_persons.clear();
    m_agencies.clear();
    m_allLocalityIds.clear();
    m_localityPeriods.clear();
    m_allTopicIds.clear();
    m_missingLocalities.clear();
    m_missingTopics.clear();
    m_missingPersons.clear();
    m_missingAgencies.clear();
    loadNames();
    Pass pass { QStringList() };
    if (m_options.skipDuplicates)
        pass.existing = m_db.prepare(existingReportQuery());
    const qsizetype known = m_problems.size();
    for (ImportRow &row : m_rows) {
        resolveReport(row.line, pass, row.report);
        if (m_options.skipDuplicates && row.report.observedOn.isValid()
            && !row.report.summary.isEmpty())
            row.duplicate = isDuplicate(row.report, pass);
    }
    // Only a name removed since the analysis gives a new error; new warnings were shown.
    const QList<ImportProblem> fresh = m_problems.mid(known);
    m_problems.resize(known);
    for (const ImportProblem &p : fresh) {
        if (!p.warning)
            throw ValidationError(QStringLiteral("file"),
                Tr::tr("line %1: %2 (changed since the file was checked). Nothing was imported.")
                    .arg(p.line)
                    .arg(p.message));
    }
}

QString OpinionImport::existingReportQuery()
{
    return QStringLiteral(
        "SELECT 1 FROM opinions WHERE locality_id IN (?,?,?,?) AND observed_on = ? AND "
        "topic_id IN (?,?,?,?) AND summary = ? LIMIT 1");
}

/** Channel, sentiment, urgency, scope and status: a code or label of the fixed lists. */
void OpinionImport::readCodes(
    const CsvRecord &rec, const ImportColumns &columns, OpinionReport &rep)
{
    const struct
    {
        ImportColumns::Column column;
        OpinionCodes::Field field;
        QString *target;
    } enums[] = { { ColChannel, OpinionCodes::Field::Channel, &rep.channel },
        { ColSentiment, OpinionCodes::Field::Sentiment, &rep.sentiment },
        { ColUrgency, OpinionCodes::Field::Urgency, &rep.urgency },
        { ColScope, OpinionCodes::Field::Scope, &rep.scope },
        { ColStatus, OpinionCodes::Field::Status, &rep.status } };
    for (const auto &e : enums) {
        const QString text = columns.field(rec.fields, e.column);
        if (text.isEmpty())
            continue;
        const QString code = OpinionCodes::parse(e.field, text);
        if (!code.isEmpty()) {
            *e.target = code;
            continue;
        }
        QStringList allowed;
        for (const QString &c : OpinionCodes::codes(e.field))
            allowed.append(
                QStringLiteral("%1 (%2)").arg(c, OpinionCodes::vietnameseLabel(e.field, c)));
        const QString list = allowed.join(QStringLiteral(", "));
        error(rec.line,
            m_options.forDialog
                ? Tr::tr("%1 in the column %2 is not one of: %3")
                      .arg(quoted(text), columnName(columns, e.column), list)
                : Tr::tr("unknown %1 %2: expected one of %3")
                      .arg(ImportColumns::englishName(e.column), quoted(text), list));
    }
}

/** Equal to an earlier row of the file or to a report in the database. */
bool OpinionImport::isDuplicate(const OpinionReport &rep, Pass &pass)
{
    const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4")
                            .arg(VnDate::iso(rep.observedOn), keyOf(rep.localityName),
                                keyOf(rep.topicName), rep.summary);
    if (pass.seen.contains(key))
        return true;
    pass.seen.insert(key);
    // Equal by name: an existing report under any locality or topic of that name.
    const QList<qint64> localityIds = m_allLocalityIds.value(keyOf(rep.localityName));
    const QList<qint64> topicIds = m_allTopicIds.value(keyOf(rep.topicName));
    QSqlQuery &existing = pass.existing;
    for (qsizetype l = 0; l < localityIds.size(); l += 4) {
        for (qsizetype t = 0; t < topicIds.size(); t += 4) {
            for (int k = 0; k < 4; ++k) {
                existing.bindValue(k, localityIds.value(std::min(l + k, localityIds.size() - 1)));
                existing.bindValue(5 + k, topicIds.value(std::min(t + k, topicIds.size() - 1)));
            }
            existing.bindValue(4, VnDate::iso(rep.observedOn));
            existing.bindValue(9, rep.summary);
            m_db.exec(existing);
            const bool found = existing.next();
            existing.finish();
            if (found)
                return true;
        }
    }
    return false;
}

OpinionImport::Summary OpinionImport::summary() const
{
    Summary s;
    s.rows = m_dataRows;
    for (const ImportRow &r : m_rows) {
        if (r.duplicate && m_options.skipDuplicates)
            ++s.duplicates;
        else
            ++s.imported;
    }
    for (const auto &m : m_missingLocalities)
        s.newLocalities.append(m.second);
    for (const auto &m : m_missingTopics)
        s.newTopics.append(m.second);
    for (const auto &m : m_missingPersons)
        s.newReporters.append(m.second);
    for (const auto &m : m_missingAgencies)
        s.newAgencies.append(m.second);
    return s;
}

OpinionImport::Summary OpinionImport::write(const std::function<void(int, int)> &progress)
{
    if (!m_analysed || hasErrors())
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("The file has errors: nothing was imported."));
    m_cancel = false;
    m_rebuilt = false;
    m_phase = Phase::Rows;
    m_permille = 0;
    // Each phase's share of the whole, in thousandths (a large import: rows, indexes, search
    // index, commit, as measured on a million rows; otherwise rows, commit).
    int shares[] = { 970, 0, 0, 30 };
    auto report = [&](Phase phase, qint64 done, qint64 total) {
        m_phase = phase;
        int before = 0;
        for (int p = 0; p < int(phase); ++p)
            before += shares[p];
        m_permille = before + int(total > 0 ? shares[int(phase)] * done / total : 0);
        if (progress)
            progress(int(done), int(total));
        if (m_cancel)
            throw ImportCancelled(
                QStringLiteral("file"), Tr::tr("The import was cancelled: nothing was imported."));
    };

    Transaction tx(m_db);
    lockNames(m_db);
    resolveAgain();
    RosterRepository roster(m_db);
    TaxonomyRepository taxonomy(m_db);
    Written written;
    written.afterId
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM opinions")).toLongLong();

    if (!m_missingLocalities.isEmpty()) {
        const qint64 root = m_db.scalar(QStringLiteral("SELECT id FROM localities WHERE "
                                                       "parent_id IS NULL ORDER BY id LIMIT 1"))
                                .toLongLong();
        for (const auto &m : std::as_const(m_missingLocalities)) {
            Locality l;
            l.name = m.second;
            l.level = QStringLiteral("commune");
            l.parentId = root;
            m_localities.insert(m.first, roster.addLocality(l));
            written.localities.append(m_localities.value(m.first));
        }
    }
    for (const auto &m : std::as_const(m_missingTopics)) {
        m_topics.insert(m.first, taxonomy.addTopic(m.second));
        written.topics.append(m_topics.value(m.first));
    }
    for (const auto &m : std::as_const(m_missingPersons)) {
        Person p;
        p.fullName = m.second;
        p.note = Tr::tr("Added by an import of opinion reports");
        m_persons.insert(m.first, roster.addPerson(p));
        written.persons.append(m_persons.value(m.first));
    }
    for (const auto &m : std::as_const(m_missingAgencies)) {
        m_agencies.insert(m.first, taxonomy.addAgency(m.second));
        written.agencies.append(m_agencies.value(m.first));
    }

    const Summary s = summary();
    OpinionBulkInserter inserter(m_db);
    if (OpinionBulkInserter::worthDeferring(m_db, s.imported)) {
        inserter.deferIndexes();
        m_rebuilt = inserter.defersIndexes();
    }
    if (m_rebuilt) {
        shares[int(Phase::Rows)] = 400;
        shares[int(Phase::Indexes)] = 350;
        shares[int(Phase::SearchIndex)] = 170;
        shares[int(Phase::Saving)] = 80;
    }
    const int total = int(m_rows.size());
    int done = 0;
    report(Phase::Rows, 0, total);
    for (const ImportRow &row : std::as_const(m_rows)) {
        ++done;
        if (row.duplicate && m_options.skipDuplicates)
            continue;
        OpinionReport r = row.report;
        if (r.localityId <= 0)
            r.localityId = m_localities.value(keyOf(r.localityName));
        if (r.topicId <= 0)
            r.topicId = m_topics.value(keyOf(r.topicName));
        if (r.reporterId <= 0 && !r.reporterName.isEmpty())
            r.reporterId = m_persons.value(keyOf(r.reporterName));
        if (r.agencyId <= 0 && !r.agencyName.isEmpty())
            r.agencyId = m_agencies.value(keyOf(r.agencyName));
        inserter.append(std::move(r));
        if (done % 2000 == 0)
            report(Phase::Rows, done, total);
    }
    inserter.finish([&](OpinionBulkInserter::Phase phase, qint64 part, qint64 whole) {
        switch (phase) {
        case OpinionBulkInserter::Phase::Rows:
            break;
        case OpinionBulkInserter::Phase::Indexes:
            report(Phase::Indexes, part, whole);
            break;
        case OpinionBulkInserter::Phase::SearchIndex:
            report(Phase::SearchIndex, part, whole);
            break;
        }
    });
    written.stamp = inserter.stamp();
    written.lastId
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM opinions")).toLongLong();
    m_db.audit(QStringLiteral("import"), QStringLiteral("opinion"), QString(),
        QStringLiteral("%1 reports imported, %2 duplicates skipped")
            .arg(s.imported)
            .arg(s.duplicates));
    report(Phase::Saving, 0, 1); // the last chance to cancel
    tx.commit();
    m_written = written;
    m_phase = Phase::Saving;
    m_permille = 1000;
    if (progress)
        progress(1, 1);
    return s;
}

void OpinionImport::revert()
{
    if (m_written.isEmpty())
        return;
    Transaction tx(m_db);
    // The reports of that write: its id range and its one timestamp (another workstation's
    // reports in the same range carry their own).
    const QString where
        = QStringLiteral(" FROM opinions WHERE id > ? AND id <= ? AND created_at = ?");
    const QVariantList range { m_written.afterId, m_written.lastId, m_written.stamp };
    const qint64 edited = m_db.scalar(QStringLiteral("SELECT count(*)") + where
                                      + QStringLiteral(" AND row_version > 1"),
                                  range)
                              .toLongLong();
    if (edited > 0)
        throw ValidationError(QStringLiteral("reports"),
            Tr::tr("%1 of the imported reports were changed after the import, so it can no "
                   "longer be undone as a whole.")
                .arg(edited));
    const int removed = m_db.exec(QStringLiteral("DELETE") + where, range).numRowsAffected();
    try {
        const struct
        {
            const char *table;
            const QList<qint64> &ids;
        } created[] = { { "agencies", m_written.agencies }, { "persons", m_written.persons },
            { "topics", m_written.topics }, { "localities", m_written.localities } };
        for (const auto &c : created) {
            for (qint64 id : c.ids)
                m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(c.table)),
                    { id });
        }
    } catch (const DbError &e) {
        if (e.kind() != DbError::QueryFailed)
            throw;
        throw ValidationError(QStringLiteral("names"),
            Tr::tr("A locality, topic, person or agency that the import added is in use now, "
                   "so the import can no longer be undone."));
    }
    m_db.audit(QStringLiteral("import-undo"), QStringLiteral("opinion"), QString(),
        QStringLiteral("%1 imported reports removed").arg(removed));
    tx.commit();
    m_written = Written();
}

} // namespace thuky
