// The opinion-report part of the demo data set: a two-level topic taxonomy, agencies and
// N reports across every locality, 2021–2024. Reports describe public concerns, never a
// person. Deterministic for a seed; one prepared statement, inside the caller's transaction.

#include <core/demo/demo.h>

#include <core/db/database.h>
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace thuky {

namespace {

struct Subtopic
{
    const char *name;
    const char *summaries[4]; ///< %1 = the locality's name
};

struct TopTopic
{
    const char *name;
    const char *agency;
    Subtopic children[3];
    const char *recommendations[3];
};

// clang-format off
const TopTopic demoTopics[] = {
    { "Kinh tế", "Sở Công Thương",
      { { "Giá cả thị trường",
          { "Nhân dân %1 phản ánh giá phân bón, thức ăn chăn nuôi tăng cao trong khi giá lúa giảm, ảnh hưởng thu nhập của hộ nông dân.",
            "Tiểu thương tại chợ %1 lo lắng giá xăng dầu, giá điện tăng kéo theo giá hàng hóa thiết yếu tăng.",
            "Người dân %1 quan tâm việc giá thịt heo, rau củ biến động mạnh dịp cận Tết, đề nghị bình ổn giá.",
            "Dư luận %1 bàn tán về tình trạng thương lái ép giá nông sản, nhất là lúa và trái cây." } },
        { "Việc làm, thu nhập",
          { "Lao động tại %1 lo ngại thiếu việc làm ổn định sau khi một số doanh nghiệp cắt giảm đơn hàng.",
            "Thanh niên %1 quan tâm các chương trình đào tạo nghề, xuất khẩu lao động và vay vốn khởi nghiệp.",
            "Người lao động ở %1 phản ánh thu nhập giảm, nhiều người phải lên thành phố tìm việc.",
            "Nhân dân %1 phấn khởi khi mô hình hợp tác xã mới tạo thêm việc làm cho lao động nông thôn." } },
        { "Sản xuất nông nghiệp",
          { "Nông dân %1 lo lắng tình trạng xâm nhập mặn, thiếu nước tưới cho vụ lúa đông xuân.",
            "Bà con %1 phản ánh dịch bệnh trên đàn heo, đề nghị hỗ trợ tiêm phòng và con giống.",
            "Người nuôi cá tra tại %1 gặp khó khăn đầu ra, giá bán thấp hơn giá thành.",
            "Nông dân %1 đồng tình với chủ trương chuyển đổi cây trồng, nhưng còn thiếu vốn và kỹ thuật." } } },
      { "Đề nghị các ngành chức năng tăng cường kiểm tra, bình ổn giá cả thị trường.",
        "Đề nghị có chính sách hỗ trợ vốn, kết nối tiêu thụ sản phẩm cho người dân.",
        "Đề nghị thông tin kịp thời để người dân chủ động sản xuất, kinh doanh." } },
    { "Đất đai", "Sở Tài nguyên và Môi trường",
      { { "Bồi thường, giải phóng mặt bằng",
          { "Một số hộ dân %1 chưa đồng tình với đơn giá bồi thường đất đai khi giải phóng mặt bằng dự án đường cao tốc.",
            "Nhân dân %1 phản ánh việc chi trả tiền bồi thường, hỗ trợ tái định cư còn chậm.",
            "Người dân %1 đề nghị công khai phương án bồi thường, giải phóng mặt bằng dự án khu dân cư.",
            "Dư luận %1 quan tâm việc bố trí tái định cư cho các hộ bị ảnh hưởng bởi dự án." } },
        { "Cấp giấy chứng nhận quyền sử dụng đất",
          { "Người dân %1 phản ánh thủ tục cấp giấy chứng nhận quyền sử dụng đất còn kéo dài, đi lại nhiều lần.",
            "Nhân dân %1 đề nghị giải quyết dứt điểm hồ sơ đất đai tồn đọng nhiều năm.",
            "Một số hộ tại %1 chưa được cấp đổi giấy chứng nhận sau khi đo đạc lại bản đồ địa chính.",
            "Người dân %1 quan tâm quy định mới về tách thửa, chuyển mục đích sử dụng đất." } },
        { "Quy hoạch",
          { "Nhân dân %1 lo lắng quy hoạch treo, không thể xây dựng, sửa chữa nhà ở.",
            "Dư luận %1 quan tâm điều chỉnh quy hoạch sử dụng đất và giá đất tăng đột biến.",
            "Người dân %1 phản ánh tình trạng sốt đất, mua bán đất nền phân lô trái phép.",
            "Nhân dân %1 đồng tình với quy hoạch khu công nghiệp nhưng mong được lấy ý kiến rộng rãi." } } },
      { "Đề nghị công khai, minh bạch quy hoạch và phương án bồi thường.",
        "Đề nghị đẩy nhanh tiến độ giải quyết hồ sơ đất đai tồn đọng.",
        "Đề nghị tăng cường đối thoại với người dân bị ảnh hưởng." } },
    { "Y tế", "Sở Y tế",
      { { "Khám chữa bệnh, bảo hiểm y tế",
          { "Người dân %1 phản ánh tình trạng thiếu thuốc, vật tư y tế tại trạm y tế xã.",
            "Nhân dân %1 quan tâm thủ tục khám chữa bệnh bằng bảo hiểm y tế còn phiền hà.",
            "Người bệnh tại %1 phản ánh thời gian chờ khám tại bệnh viện tuyến huyện kéo dài.",
            "Dư luận %1 đánh giá cao thái độ phục vụ của đội ngũ y, bác sĩ sau khi cải tiến quy trình." } },
        { "Phòng chống dịch bệnh",
          { "Nhân dân %1 lo lắng sốt xuất huyết gia tăng trong mùa mưa, đề nghị phun thuốc diệt muỗi.",
            "Người dân %1 đồng tình với công tác tiêm vắc xin, nhưng mong thông tin lịch tiêm sớm hơn.",
            "Phụ huynh %1 lo ngại bệnh tay chân miệng xuất hiện ở trường mầm non.",
            "Dư luận %1 quan tâm các biện pháp phòng, chống dịch và hỗ trợ người bị ảnh hưởng." } },
        { nullptr, {} } },
      { "Đề nghị bổ sung thuốc, trang thiết bị cho y tế cơ sở.",
        "Đề nghị đơn giản hóa thủ tục khám chữa bệnh bảo hiểm y tế.",
        "Đề nghị tăng cường tuyên truyền phòng, chống dịch bệnh." } },
    { "Giáo dục", "Sở Giáo dục và Đào tạo",
      { { "Học phí, chi phí học tập",
          { "Phụ huynh %1 phản ánh các khoản thu đầu năm học còn nhiều, gây áp lực cho gia đình khó khăn.",
            "Nhân dân %1 quan tâm chính sách miễn, giảm học phí cho học sinh vùng khó khăn.",
            "Phụ huynh %1 lo lắng giá sách giáo khoa mới tăng, đề nghị có kho sách dùng chung.",
            "Dư luận %1 bàn tán về tình trạng dạy thêm, học thêm tràn lan." } },
        { "Cơ sở vật chất trường học",
          { "Người dân %1 phản ánh một số phòng học xuống cấp, không bảo đảm an toàn mùa mưa bão.",
            "Phụ huynh %1 đề nghị xây thêm điểm trường để học sinh không phải đi học xa.",
            "Nhân dân %1 phấn khởi khi trường học được đầu tư đạt chuẩn quốc gia.",
            "Giáo viên và phụ huynh %1 phản ánh thiếu nhà vệ sinh, nước sạch trong trường." } },
        { nullptr, {} } },
      { "Đề nghị công khai các khoản thu, chấn chỉnh lạm thu đầu năm học.",
        "Đề nghị bố trí kinh phí sửa chữa trường lớp trước mùa mưa.",
        "Đề nghị có chính sách hỗ trợ học sinh có hoàn cảnh khó khăn." } },
    { "An ninh trật tự", "Công an tỉnh",
      { { "Trộm cắp tài sản",
          { "Nhân dân %1 lo lắng tình trạng trộm cắp xe máy, gia súc về đêm gia tăng.",
            "Người dân %1 phản ánh tình trạng trộm cắp tài sản tại khu vực chợ và bến xe.",
            "Dư luận %1 đánh giá cao lực lượng công an xã trong việc giữ gìn an ninh trật tự.",
            "Nhân dân %1 đề nghị lắp camera an ninh tại các tuyến đường vắng." } },
        { "Tệ nạn xã hội",
          { "Người dân %1 lo ngại tệ nạn cờ bạc, số đề hoạt động công khai.",
            "Nhân dân %1 phản ánh tình trạng cho vay nặng lãi, tín dụng đen gây bức xúc.",
            "Phụ huynh %1 lo lắng thanh thiếu niên tụ tập, sử dụng chất cấm.",
            "Dư luận %1 quan tâm việc xử lý các điểm karaoke hoạt động quá giờ gây ồn ào." } },
        { "Tai nạn giao thông",
          { "Nhân dân %1 phản ánh tình trạng xe tải chạy tốc độ cao qua khu dân cư.",
            "Người dân %1 đề nghị lắp biển báo, đèn tín hiệu tại ngã ba thường xảy ra tai nạn.",
            "Dư luận %1 lo lắng học sinh điều khiển xe máy không đội mũ bảo hiểm.",
            "Nhân dân %1 đồng tình với việc xử lý nghiêm vi phạm nồng độ cồn." } } },
      { "Đề nghị tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm.",
        "Đề nghị phát huy phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        "Đề nghị tuyên truyền pháp luật đến từng khu dân cư." } },
    { "Môi trường", "Sở Tài nguyên và Môi trường",
      { { "Ô nhiễm",
          { "Người dân %1 phản ánh cơ sở chăn nuôi xả nước thải gây ô nhiễm kênh rạch.",
            "Nhân dân %1 bức xúc mùi hôi từ nhà máy chế biến thủy sản.",
            "Dư luận %1 quan tâm tình trạng đốt rơm rạ gây khói bụi sau thu hoạch.",
            "Người dân %1 phản ánh tiếng ồn, bụi từ các phương tiện chở vật liệu xây dựng." } },
        { "Sạt lở bờ sông",
          { "Nhân dân %1 lo lắng sạt lở bờ sông uy hiếp nhà cửa, đề nghị sớm có kè chống sạt lở.",
            "Người dân %1 phản ánh khai thác cát trái phép gây sạt lở.",
            "Các hộ dân ven sông tại %1 mong được hỗ trợ di dời khỏi vùng nguy cơ sạt lở.",
            "Dư luận %1 đồng tình việc cắm biển cảnh báo và di dời dân khỏi vùng sạt lở." } },
        { "Rác thải",
          { "Người dân %1 phản ánh rác thải sinh hoạt chưa được thu gom kịp thời.",
            "Nhân dân %1 đề nghị bố trí điểm tập kết rác xa khu dân cư.",
            "Dư luận %1 quan tâm việc xử lý rác thải nhựa, bao bì thuốc bảo vệ thực vật trên đồng ruộng.",
            "Người dân %1 hưởng ứng phong trào phân loại rác tại nguồn." } } },
      { "Đề nghị kiểm tra, xử lý nghiêm cơ sở gây ô nhiễm môi trường.",
        "Đề nghị sớm đầu tư công trình phòng, chống sạt lở.",
        "Đề nghị tăng tần suất thu gom rác thải sinh hoạt." } },
    { "Chính sách xã hội", "Sở Lao động - Thương binh và Xã hội",
      { { "Hỗ trợ hộ nghèo",
          { "Nhân dân %1 phản ánh việc bình xét hộ nghèo, cận nghèo chưa thật sự công khai.",
            "Người dân %1 đồng tình với chương trình xóa nhà tạm, nhà dột nát.",
            "Nhân dân %1 đề nghị tiếp tục hỗ trợ sinh kế cho hộ thoát nghèo để không tái nghèo.",
            "Dư luận %1 quan tâm việc chi trả trợ cấp xã hội còn chậm." } },
        { "Người có công",
          { "Gia đình chính sách tại %1 phấn khởi khi được tặng quà, thăm hỏi dịp 27/7.",
            "Nhân dân %1 đề nghị giải quyết hồ sơ xác nhận người có công còn tồn đọng.",
            "Dư luận %1 đánh giá cao phong trào đền ơn đáp nghĩa, xây nhà tình nghĩa.",
            "Người dân %1 quan tâm việc điều chỉnh mức trợ cấp ưu đãi người có công." } },
        { "Bảo hiểm xã hội",
          { "Người lao động %1 lo lắng doanh nghiệp nợ đóng bảo hiểm xã hội.",
            "Nhân dân %1 quan tâm quy định mới về rút bảo hiểm xã hội một lần.",
            "Người dân %1 phản ánh khó khăn khi tham gia bảo hiểm xã hội tự nguyện.",
            "Dư luận %1 đồng tình với chính sách hỗ trợ đóng bảo hiểm y tế cho người cao tuổi." } } },
      { "Đề nghị công khai, minh bạch việc bình xét các đối tượng chính sách.",
        "Đề nghị chi trả chế độ đầy đủ, kịp thời.",
        "Đề nghị tăng cường tuyên truyền chính sách bảo hiểm xã hội." } },
    { "Tôn giáo, dân tộc", "Ban Tôn giáo tỉnh",
      { { "Hoạt động tôn giáo",
          { "Tín đồ các tôn giáo tại %1 phấn khởi khi lễ hội được tổ chức trang trọng, an toàn.",
            "Nhân dân %1 quan tâm việc sửa chữa, trùng tu cơ sở thờ tự theo quy định.",
            "Dư luận %1 đồng tình với hoạt động từ thiện, an sinh xã hội của các tổ chức tôn giáo.",
            "Người dân %1 phản ánh tình trạng truyền đạo trái phép gây mất đoàn kết." } },
        { "Đồng bào dân tộc",
          { "Đồng bào Khmer tại %1 phấn khởi đón Tết Chôl Chnăm Thmây, mong được hỗ trợ nhà ở.",
            "Đồng bào dân tộc tại %1 đề nghị tiếp tục hỗ trợ đất sản xuất và nước sinh hoạt.",
            "Người dân %1 đánh giá cao chính sách hỗ trợ học sinh dân tộc thiểu số.",
            "Dư luận %1 quan tâm việc bảo tồn văn hóa, lễ hội truyền thống của đồng bào dân tộc." } },
        { nullptr, {} } },
      { "Đề nghị tạo điều kiện cho sinh hoạt tôn giáo đúng pháp luật.",
        "Đề nghị tiếp tục chính sách hỗ trợ đồng bào dân tộc thiểu số.",
        "Đề nghị tăng cường công tác vận động quần chúng." } },
    { "Mạng xã hội, không gian mạng", "Sở Thông tin và Truyền thông",
      { { "Thông tin sai sự thật",
          { "Trên mạng xã hội lan truyền thông tin sai sự thật về dự án tại %1, gây hoang mang dư luận.",
            "Nhân dân %1 bức xúc trước các bài đăng xuyên tạc chủ trương của địa phương.",
            "Dư luận %1 quan tâm việc xử lý các trang mạng đăng tin giả về dịch bệnh.",
            "Người dân %1 mong cơ quan chức năng kịp thời cải chính thông tin sai lệch trên mạng." } },
        { "Lừa đảo trực tuyến",
          { "Nhiều người dân %1 bị lừa đảo qua mạng với thủ đoạn giả danh cơ quan công an.",
            "Nhân dân %1 lo ngại các hình thức lừa đảo tuyển cộng tác viên bán hàng trực tuyến.",
            "Dư luận %1 quan tâm tình trạng lừa đảo đầu tư tiền ảo, đa cấp trên mạng.",
            "Người dân %1 đề nghị tuyên truyền nhận diện thủ đoạn lừa đảo qua điện thoại." } },
        { nullptr, {} } },
      { "Đề nghị kịp thời cung cấp thông tin chính thống, định hướng dư luận.",
        "Đề nghị xử lý nghiêm hành vi đăng tải thông tin sai sự thật.",
        "Đề nghị tăng cường tuyên truyền kỹ năng an toàn trên không gian mạng." } },
    { "Cải cách hành chính", "Sở Nội vụ",
      { { "Thủ tục hành chính",
          { "Người dân %1 đánh giá cao việc giải quyết thủ tục hành chính qua dịch vụ công trực tuyến.",
            "Nhân dân %1 phản ánh một số thủ tục còn rườm rà, phải bổ sung hồ sơ nhiều lần.",
            "Dư luận %1 quan tâm việc triển khai định danh điện tử và thanh toán không dùng tiền mặt.",
            "Người cao tuổi tại %1 gặp khó khăn khi sử dụng dịch vụ công trực tuyến." } },
        { "Thái độ cán bộ",
          { "Nhân dân %1 phản ánh thái độ thiếu nhiệt tình của một bộ phận cán bộ tiếp dân.",
            "Người dân %1 hài lòng với tinh thần phục vụ của bộ phận một cửa.",
            "Dư luận %1 quan tâm việc chấn chỉnh kỷ luật, kỷ cương hành chính.",
            "Nhân dân %1 đồng tình với việc tiếp công dân định kỳ của lãnh đạo địa phương." } },
        { nullptr, {} } },
      { "Đề nghị tiếp tục đơn giản hóa thủ tục hành chính.",
        "Đề nghị hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
        "Đề nghị chấn chỉnh tác phong, thái độ phục vụ của cán bộ." } },
    { "Hạ tầng, giao thông", "Sở Giao thông vận tải",
      { { "Đường giao thông nông thôn",
          { "Nhân dân %1 phản ánh tuyến đường liên ấp xuống cấp, lầy lội mùa mưa.",
            "Người dân %1 phấn khởi khi cầu bê tông thay cầu khỉ được khánh thành.",
            "Dư luận %1 quan tâm tiến độ thi công tuyến đường tỉnh chậm, gây bụi bẩn.",
            "Nhân dân %1 đề nghị lắp đèn chiếu sáng trên tuyến đường nông thôn." } },
        { "Điện, nước sinh hoạt",
          { "Người dân %1 phản ánh thường xuyên mất điện vào giờ cao điểm.",
            "Nhân dân %1 đề nghị kéo đường ống nước sạch đến các hộ vùng sâu.",
            "Dư luận %1 quan tâm hóa đơn tiền điện tăng cao trong mùa nắng nóng.",
            "Người dân %1 phản ánh nước sinh hoạt bị đục, có mùi vào mùa khô." } },
        { nullptr, {} } },
      { "Đề nghị bố trí kinh phí sửa chữa, nâng cấp công trình.",
        "Đề nghị đẩy nhanh tiến độ thi công các công trình hạ tầng.",
        "Đề nghị ngành điện, nước bảo đảm cung cấp ổn định." } },
};
// clang-format on

const char *const responseTexts[] = {
    "Cơ quan chức năng đã kiểm tra, xác minh và có văn bản trả lời, hướng dẫn người dân.",
    "Đã tiếp thu, đưa vào kế hoạch giải quyết trong năm; đã thông tin đến nhân dân.",
    "Đã tổ chức đối thoại với người dân, giải thích chính sách và thống nhất hướng giải quyết.",
    "Đã chỉ đạo các đơn vị liên quan xử lý; tình hình đã ổn định.",
    "Đã cung cấp thông tin chính thống trên báo, đài địa phương và mạng xã hội.",
    "Đang phối hợp các ngành rà soát, sẽ trả lời bằng văn bản khi có kết quả.",
};

const char *const extraAgencies[] = { "Ủy ban nhân dân huyện", "Bảo hiểm xã hội tỉnh",
    "Sở Nông nghiệp và Phát triển nông thôn", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" };

template <typename T> int weighted(QRandomGenerator &rng, const T &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(total));
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return 0;
}

const char *const channels[]
    = { "direct", "social_media", "meeting", "press", "hotline", "survey" };
const int channelWeights[] = { 35, 25, 15, 10, 8, 7 };
const char *const sentiments[] = { "negative", "neutral", "positive", "mixed" };
const int sentimentWeights[] = { 40, 30, 17, 13 };
const char *const urgencies[] = { "normal", "notable", "hot" };
const int urgencyWeights[] = { 76, 19, 5 };
const char *const scopes[] = { "local", "provincial", "national" };
const int scopeWeights[] = { 80, 17, 3 };
// Communes get most reports, districts some, the province few.
const int placeWeights[] = { 70, 25, 5 };
// Later years get more reports as the collaborator network grows.
const int yearWeights[] = { 20, 23, 27, 30 };
const char *const stages[] = { "new", "forwarded", "answered", "resolved", "closed" };

struct TopicRef
{
    qint64 id;
    int top;
    int sub;
};

struct Place
{
    qint64 id;
    QString phrase; ///< how a summary names it: "xã Núi Sam", "huyện Tri Tôn"
};

} // namespace

/**
 * What a report is drawn from: the taxonomy's ids, the places and reporters in the database,
 * and the template texts, decoded once so that the loop over the reports only substitutes
 * and binds.
 */
struct DemoGenerator::OpinionVocabulary
{
    QList<TopicRef> leaves;
    QList<qint64> agencyOfTop;
    QList<qint64> otherAgencies;
    QList<Place> places[3]; ///< communes, districts, the province (the order of placeWeights)
    QList<qint64> reporters;
    QList<QList<QStringList>> summaries; ///< [top][sub] → 4 templates
    QList<QStringList> recommendations; ///< [top] → 3 texts
    QStringList responses;

    void addTaxonomy(Database &db);
    void loadPlaces(Database &db);
    void loadReporters(Database &db);
    void decodeTemplates();
    bool hasPlaces() const
    {
        return !places[0].isEmpty() || !places[1].isEmpty() || !places[2].isEmpty();
    }
};

void DemoGenerator::OpinionVocabulary::addTaxonomy(Database &db)
{
    TaxonomyRepository taxonomy(db);
    QHash<QString, qint64> agencyIds;
    for (int t = 0; t < int(std::size(demoTopics)); ++t) {
        const TopTopic &top = demoTopics[t];
        const qint64 topId = taxonomy.addTopic(QString::fromUtf8(top.name));
        for (int s = 0; s < 3; ++s) {
            if (!top.children[s].name)
                continue;
            leaves.append(
                { taxonomy.addTopic(QString::fromUtf8(top.children[s].name), topId), t, s });
        }
        const QString agency = QString::fromUtf8(top.agency);
        if (!agencyIds.contains(agency))
            agencyIds.insert(agency, taxonomy.addAgency(agency));
        agencyOfTop.append(agencyIds.value(agency));
    }
    for (const char *a : extraAgencies)
        otherAgencies.append(taxonomy.addAgency(QString::fromUtf8(a)));
}

void DemoGenerator::OpinionVocabulary::loadPlaces(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name, level FROM localities ORDER BY id"));
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString level = q.value(2).toString();
        if (level == QLatin1String("commune"))
            places[0].append({ q.value(0).toLongLong(), QStringLiteral("xã ") + name });
        else if (level == QLatin1String("district"))
            places[1].append({ q.value(0).toLongLong(), QStringLiteral("huyện ") + name });
        else
            places[2].append({ q.value(0).toLongLong(), QStringLiteral("tỉnh ") + name });
    }
}

void DemoGenerator::OpinionVocabulary::loadReporters(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT DISTINCT person_id FROM memberships WHERE role IN "
        "('collaborator', 'core', 'secretariat', 'secretariat_lead') ORDER BY person_id"));
    while (q.next())
        reporters.append(q.value(0).toLongLong());
}

void DemoGenerator::OpinionVocabulary::decodeTemplates()
{
    for (const TopTopic &top : demoTopics) {
        QList<QStringList> subs;
        for (const Subtopic &s : top.children) {
            QStringList list;
            if (s.name) {
                for (const char *text : s.summaries)
                    list.append(QString::fromUtf8(text));
            }
            subs.append(list);
        }
        summaries.append(subs);
        QStringList recs;
        for (const char *r : top.recommendations)
            recs.append(QString::fromUtf8(r));
        recommendations.append(recs);
    }
    for (const char *r : responseTexts)
        responses.append(QString::fromUtf8(r));
}

// The order of the random draws below is the data set: the same seed must give the same
// reports (tests and the README's figures depend on it).
void DemoGenerator::generateOpinions(int count)
{
    OpinionVocabulary words;
    words.addTaxonomy(m_db);
    if (count <= 0)
        return;
    words.loadPlaces(m_db);
    if (!words.hasPlaces())
        return;
    words.loadReporters(m_db);
    words.decodeTemplates();

    const QList<qint64> days = drawReportDays(count);
    OpinionBulkInserter inserter(m_db);
    for (int n = 0; n < count; ++n)
        inserter.append(drawReport(words, QDate::fromJulianDay(days.at(n))));
    inserter.finish();
    // Fresh statistics so that the planner picks the right index for each filter.
    if (m_db.backend() == Database::Backend::SQLite) {
        m_db.exec(QStringLiteral("PRAGMA analysis_limit = 2000"));
        m_db.exec(QStringLiteral("ANALYZE"));
    }
}

QList<qint64> DemoGenerator::drawReportDays(int count)
{
    // Reports go in in date order, as they would be entered: every index on the date then
    // grows at its end instead of at random pages, which keeps a million rows fast.
    QList<qint64> days;
    days.reserve(count);
    for (int n = 0; n < count; ++n) {
        const int year = 2021 + weighted(m_rng, yearWeights);
        const QDate first(year, 1, 1);
        days.append(first.toJulianDay() + m_rng.bounded(first.daysInYear()));
    }
    std::sort(days.begin(), days.end());
    return days;
}

OpinionReport DemoGenerator::drawReport(const OpinionVocabulary &words, const QDate &observedOn)
{
    OpinionReport r;
    r.observedOn = observedOn;

    int level = weighted(m_rng, placeWeights);
    while (words.places[level].isEmpty())
        level = (level + 1) % 3;
    const Place &place = words.places[level].at(pick(int(words.places[level].size())));
    r.localityId = place.id;

    const TopicRef &topic = words.leaves.at(pick(int(words.leaves.size())));
    r.topicId = topic.id;
    r.summary = words.summaries.at(topic.top).at(topic.sub).at(pick(4)).arg(place.phrase);
    if (pick(3) > 0)
        r.recommendation = words.recommendations.at(topic.top).at(pick(3));

    r.channel = QLatin1String(channels[weighted(m_rng, channelWeights)]);
    r.sentiment = QLatin1String(sentiments[weighted(m_rng, sentimentWeights)]);
    r.urgency = QLatin1String(urgencies[weighted(m_rng, urgencyWeights)]);
    r.scope = QLatin1String(scopes[weighted(m_rng, scopeWeights)]);
    if (!words.reporters.isEmpty() && pick(100) < 85)
        r.reporterId = words.reporters.at(pick(int(words.reporters.size())));

    drawProgress(r, words, topic.top);
    r.uuid = drawUuid();
    return r;
}

void DemoGenerator::drawProgress(OpinionReport &r, const OpinionVocabulary &words, int top)
{
    // Older reports have travelled further along the workflow.
    const QDate lastDay(2024, 12, 31);
    const int age = int(r.observedOn.daysTo(lastDay));
    const int progressRoll = pick(100) + std::min(age / 15, 60);
    int stage = progressRoll < 30 ? 0
        : progressRoll < 55       ? 1
        : progressRoll < 85       ? 2
        : progressRoll < 130      ? 3
                                  : 4;
    if (r.urgency == QLatin1String("hot") && stage == 0)
        stage = 1;
    r.status = QLatin1String(stages[stage]);
    if (stage >= 1) {
        r.agencyId = pick(10) < 8 ? words.agencyOfTop.at(top)
                                  : words.otherAgencies.at(pick(int(words.otherAgencies.size())));
        r.forwardedOn = r.observedOn.addDays(1 + pick(14));
    }
    if (stage >= 2) {
        r.response = words.responses.at(pick(int(words.responses.size())));
        r.responseOn = r.forwardedOn.addDays(3 + pick(r.urgency == QLatin1String("hot") ? 10 : 60));
    }
}

QString DemoGenerator::drawUuid()
{
    // A version-4 UUID from the seeded generator, so that the data set is the same each time.
    const quint64 a = m_rng.generate64();
    const quint64 b = m_rng.generate64();
    QUuid uuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000),
        uchar(((b >> 56) & 0x3F) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
        uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace thuky
