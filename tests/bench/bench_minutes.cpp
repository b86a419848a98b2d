// Times the export of the minutes of a long (~30 page) meeting to PDF and ODT.
// Run: QT_QPA_PLATFORM=offscreen ./bench_minutes [speeches]

#include <core/db/database.h>
#include <core/documents/partydocument.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/minutes.h>
#include <core/roster/rosterrepository.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace thuky;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int speeches = argc > 1 ? QByteArray(argv[1]).toInt() : 230;

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    db.open();
    RosterRepository roster(db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    const qint64 committee = roster.addCommittee(c);
    QList<qint64> people;
    for (int i = 0; i < 40; ++i) {
        Person p;
        p.fullName = QStringLiteral("Nguyễn Văn Đại Biểu %1").arg(i + 1);
        p.titles = QStringLiteral("Giám đốc Sở Thông tin và Truyền thông");
        const qint64 id = roster.addPerson(p);
        Membership m;
        m.personId = id;
        m.committeeId = committee;
        m.role = i == 0 ? Role::Head
            : i == 1    ? Role::StandingDeputy
            : i < 5     ? Role::Deputy
                        : Role::Member;
        m.start = QDate(2021, 1, 15);
        roster.appoint(m);
        people << id;
    }
    MeetingRepository repo(db);
    Meeting m;
    m.committeeId = committee;
    m.title = QStringLiteral("Hội nghị tổng kết hoạt động Ban Chỉ đạo 35 năm 2024");
    m.kind = QStringLiteral("annual_review");
    m.start = QDateTime(QDate(2024, 12, 20), QTime(8, 0));
    m.end = QDateTime(QDate(2024, 12, 20), QTime(17, 0));
    m.place = QStringLiteral("Hội trường Tỉnh ủy An Giang");
    m.chairIds = { people.at(0), people.at(1) };
    m.secretaryId = people.at(2);
    for (int i = 0; i < speeches; ++i) {
        Speech s;
        s.personId = people.at(5 + i % 35);
        s.unit = QStringLiteral("Sở Thông tin và Truyền thông");
        s.summary = QStringLiteral(
            "Ý kiến %1: đề nghị tiếp tục đẩy mạnh công tác nắm tình hình tư tưởng, dư luận "
            "xã hội ở cơ sở, kịp thời phản ánh những vấn đề nhân dân quan tâm để cấp ủy chỉ "
            "đạo giải quyết; tăng cường phối hợp giữa lực lượng nòng cốt và các cơ quan báo "
            "chí trong đấu tranh, phản bác các quan điểm sai trái, thù địch.")
                        .arg(i + 1);
        m.speeches << s;
    }
    for (int i = 0; i < 20; ++i) {
        Task t;
        t.description = QStringLiteral("Nhiệm vụ số %1 theo kết luận hội nghị").arg(i + 1);
        t.owner = QStringLiteral("Tổ thư ký");
        t.due = QDate(2025, 3, 31);
        m.tasks << t;
    }
    m.conclusion = QStringLiteral("<p>Hội nghị thống nhất đánh giá…</p>");
    const qint64 id = repo.create(m);
    repo.approve(id);

    MinutesWriter writer(db);
    const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));
    const QString odt = dir.filePath(QStringLiteral("bench.odt"));
    QElapsedTimer t;
    t.start();
    writer.write(id, pdf); // the first export also loads the font
    const double firstMs = double(t.elapsed());
    const int runs = 5;
    t.restart();
    for (int i = 0; i < runs; ++i)
        writer.write(id, pdf);
    const double pdfMs = double(t.elapsed()) / runs;
    t.restart();
    for (int i = 0; i < runs; ++i)
        writer.write(id, odt);
    const double odtMs = double(t.elapsed()) / runs;

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    info.waitForFinished();
    const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                              .section(QStringLiteral("Pages:"), 1)
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed();
    std::printf("minutes of a meeting with %d speeches: %s pages\n", speeches, qPrintable(pages));
    std::printf("PDF export, first (font loading included): %.1f ms\n", firstMs);
    std::printf("PDF export: %.1f ms (mean of %d, after the first)\n", pdfMs, runs);
    std::printf("ODT export: %.1f ms (mean of %d)\n", odtMs, runs);
    return 0;
}
