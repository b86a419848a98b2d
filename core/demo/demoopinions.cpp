// The opinion-report part of the demo data set: a two-level topic taxonomy, agencies and
// N reports across every locality, 2021–2025: before 01/07/2025 under the old communes and
// districts, from that day under the new wards and communes. Reports describe public
// concerns, never a person. Deterministic for a seed; one prepared statement, inside the
// caller's transaction.

#include <core/demo/demo.h>

#include <core/db/database.h>
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>

#include <QMap>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

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
    const char *agencySince2025; ///< the department after the merger of departments (03/2025)
    Subtopic children[3];
    const char *recommendations[3];
};

// clang-format off
const TopTopic demoTopics[] = {
    { "Kinh tế", "Sở Công Thương", "Sở Công Thương",
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
    { "Đất đai", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường",
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
    { "Y tế", "Sở Y tế", "Sở Y tế",
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
    { "Giáo dục", "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo",
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
    { "An ninh trật tự", "Công an tỉnh", "Công an tỉnh",
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
    { "Môi trường", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường",
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
    { "Chính sách xã hội", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ",
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
    { "Tôn giáo, dân tộc", "Ban Tôn giáo tỉnh", "Sở Dân tộc và Tôn giáo",
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
    { "Mạng xã hội, không gian mạng", "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch",
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
    { "Cải cách hành chính", "Sở Nội vụ", "Sở Nội vụ",
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
        // Reported from March 2025 only (reformTopic below).
        { "Sắp xếp đơn vị hành chính",
          { "Nhân dân %1 đồng tình với chủ trương sắp xếp đơn vị hành chính, mong bộ máy mới sớm hoạt động ổn định.",
            "Người dân %1 quan tâm việc cập nhật địa chỉ trên căn cước, giấy tờ nhà đất sau khi sáp nhập xã, phường.",
            "Cán bộ, công chức %1 băn khoăn về việc bố trí công tác và chế độ, chính sách khi tinh gọn bộ máy.",
            "Người dân %1 lo ngại phải đi xa hơn để giải quyết thủ tục hành chính khi trụ sở xã, phường dời về nơi mới." } } },
      { "Đề nghị tiếp tục đơn giản hóa thủ tục hành chính.",
        "Đề nghị hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
        "Đề nghị chấn chỉnh tác phong, thái độ phục vụ của cán bộ." } },
    { "Hạ tầng, giao thông", "Sở Giao thông vận tải", "Sở Xây dựng",
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

/** Other agencies, by era: until 02/2025, until the reform, after it (see eraOf()). */
const char *const extraAgencies[3][4] = {
    { "Ủy ban nhân dân huyện", "Bảo hiểm xã hội tỉnh", "Sở Nông nghiệp và Phát triển nông thôn",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" },
    { "Ủy ban nhân dân huyện", "Bảo hiểm xã hội tỉnh", "Sở Nông nghiệp và Môi trường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" },
    { "Ủy ban nhân dân xã, phường", "Bảo hiểm xã hội tỉnh", "Sở Nông nghiệp và Môi trường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" },
};

/** The departments merged on 01/03/2025; the district level ended on 30/06/2025. */
int eraOf(const QDate &date)
{
    return date < QDate(2025, 3, 1) ? 0 : date < DemoGenerator::reformDay() ? 1 : 2;
}

/** The administrative reform is talked about from March 2025. */
QDate reformTopicFrom()
{
    return QDate(2025, 3, 1);
}

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
// Communes get most reports, districts some, the province few; after the reform there are
// no districts.
const int placeWeights[] = { 70, 25, 5 };
const int placeWeightsReformed[] = { 88, 0, 12 };
// Later years get more reports as the collaborator network grows.
const int yearWeights[] = { 16, 18, 21, 22, 23 };
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
    QString phrase; ///< how a summary names it: "phường Núi Sam", "huyện Tri Tôn"
};

/** The places a report can name on a date: [0] before the reform, [1] from 01/07/2025. */
struct Places
{
    QList<Place> byLevel[3]; ///< communes, districts, the province (the order of placeWeights)
    bool isEmpty() const
    {
        return byLevel[0].isEmpty() && byLevel[1].isEmpty() && byLevel[2].isEmpty();
    }
};

} // namespace

/**
 * What a report is drawn from: the taxonomy's ids, the places and reporters in the database,
 * and the template texts, decoded once so that the loop over the reports only substitutes
 * and binds.
 */
struct DemoGenerator::OpinionVocabulary
{
    QList<TopicRef> leaves; ///< the reform's subtopic last
    QList<qint64> agencyOfTop[3]; ///< [era][top]
    QList<qint64> otherAgencies[3]; ///< [era]
    Places places[2]; ///< before the reform, after it
    QList<qint64> reporters[2]; ///< before the reform, after it
    QList<QList<QStringList>> summaries; ///< [top][sub] → 4 templates
    QList<QStringList> recommendations; ///< [top] → 3 texts
    QStringList responses;

    void addTaxonomy(Database &db);
    void loadPlaces(Database &db, const QHash<qint64, QString> &phrases);
    void loadReporters(Database &db);
    void decodeTemplates();
    bool hasPlaces() const { return !places[0].isEmpty() || !places[1].isEmpty(); }
};

void DemoGenerator::OpinionVocabulary::addTaxonomy(Database &db)
{
    TaxonomyRepository taxonomy(db);
    QHash<QString, qint64> agencyIds;
    auto agency = [&](const char *name) {
        const QString n = QString::fromUtf8(name);
        if (!agencyIds.contains(n))
            agencyIds.insert(n, taxonomy.addAgency(n));
        return agencyIds.value(n);
    };
    std::optional<TopicRef> reformLeaf;
    for (int t = 0; t < int(std::size(demoTopics)); ++t) {
        const TopTopic &top = demoTopics[t];
        const qint64 topId = taxonomy.addTopic(QString::fromUtf8(top.name));
        for (int s = 0; s < 3; ++s) {
            if (!top.children[s].name)
                continue;
            const TopicRef leaf { taxonomy.addTopic(QString::fromUtf8(top.children[s].name), topId),
                t, s };
            if (qstrcmp(top.children[s].name, "Sắp xếp đơn vị hành chính") == 0)
                reformLeaf = leaf;
            else
                leaves.append(leaf);
        }
        agencyOfTop[0].append(agency(top.agency));
    }
    for (const TopTopic &top : demoTopics)
        agencyOfTop[1].append(agency(top.agencySince2025));
    agencyOfTop[2] = agencyOfTop[1];
    if (reformLeaf)
        leaves.append(*reformLeaf);
    for (int era = 0; era < 3; ++era)
        for (const char *a : extraAgencies[era])
            otherAgencies[era].append(agency(a));
}

void DemoGenerator::OpinionVocabulary::loadPlaces(
    Database &db, const QHash<qint64, QString> &phrases)
{
    // The units of the province that keeps the database (the first one), valid on the eve of
    // the reform or from its first day: Kiên Giang's old units are not its records.
    struct Row
    {
        QString name, level;
        qint64 parent;
        QDate from, to;
    };
    QMap<qint64, Row> rows;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT id, name, level, parent_id, valid_from, valid_to FROM localities ORDER BY id"));
    while (q.next())
        rows.insert(q.value(0).toLongLong(),
            { q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                QDate::fromString(q.value(4).toString(), Qt::ISODate),
                QDate::fromString(q.value(5).toString(), Qt::ISODate) });
    if (rows.isEmpty())
        return;
    const qint64 home = rows.firstKey();
    const QDate days[2] = { DemoGenerator::reformDay().addDays(-1), DemoGenerator::reformDay() };
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        qint64 root = it.key();
        for (int depth = 0; depth < 8 && rows.value(root).parent; ++depth)
            root = rows.value(root).parent;
        if (root != home)
            continue;
        const Row &r = it.value();
        const int level = r.level == QLatin1String("commune") ? 0
            : r.level == QLatin1String("district")            ? 1
                                                              : 2;
        const QString fallback = (level == 0          ? QStringLiteral("xã ")
                                         : level == 1 ? QStringLiteral("huyện ")
                                                      : QStringLiteral("tỉnh "))
            + r.name;
        for (int after = 0; after < 2; ++after)
            if ((!r.from.isValid() || r.from <= days[after])
                && (!r.to.isValid() || days[after] <= r.to))
                places[after].byLevel[level].append(
                    { it.key(), phrases.value(it.key(), fallback) });
    }
}

void DemoGenerator::OpinionVocabulary::loadReporters(Database &db)
{
    const QString reformDay = DemoGenerator::reformDay().toString(Qt::ISODate);
    const QString roles
        = QStringLiteral("SELECT DISTINCT person_id FROM memberships WHERE role IN "
                         "('collaborator', 'core', 'secretariat', 'secretariat_lead') AND ");
    const QString conditions[2] = { QStringLiteral("start_date < ? ORDER BY person_id"),
        QStringLiteral("(end_date IS NULL OR end_date >= ?) ORDER BY person_id") };
    for (int after = 0; after < 2; ++after) {
        QSqlQuery q = db.exec(roles + conditions[after], { reformDay });
        while (q.next())
            reporters[after].append(q.value(0).toLongLong());
    }
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
    words.loadPlaces(m_db, m_placePhrases);
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
        const int year = 2021 + weighted(m_rng, yearWeights); // to lastDay()
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

    // Before 01/07/2025 under the old units, from that day under the new ones.
    int after = observedOn >= reformDay() ? 1 : 0;
    if (words.places[after].isEmpty())
        after = 1 - after;
    const Places &places = words.places[after];
    int level = after ? weighted(m_rng, placeWeightsReformed) : weighted(m_rng, placeWeights);
    while (places.byLevel[level].isEmpty())
        level = (level + 1) % 3;
    const Place &place = places.byLevel[level].at(pick(int(places.byLevel[level].size())));
    r.localityId = place.id;

    // The reform's subtopic (the last leaf) only once it was talked about, and then often.
    const int others = int(words.leaves.size()) - 1;
    const bool reformTalk = observedOn >= reformTopicFrom() && pick(8) == 0;
    const TopicRef &topic = words.leaves.at(reformTalk ? others : pick(others));
    r.topicId = topic.id;
    r.summary = words.summaries.at(topic.top).at(topic.sub).at(pick(4)).arg(place.phrase);
    if (pick(3) > 0)
        r.recommendation = words.recommendations.at(topic.top).at(pick(3));

    r.channel = QLatin1String(channels[weighted(m_rng, channelWeights)]);
    r.sentiment = QLatin1String(sentiments[weighted(m_rng, sentimentWeights)]);
    r.urgency = QLatin1String(urgencies[weighted(m_rng, urgencyWeights)]);
    r.scope = QLatin1String(scopes[weighted(m_rng, scopeWeights)]);
    const QList<qint64> &reporters = words.reporters[after];
    if (!reporters.isEmpty() && pick(100) < 85)
        r.reporterId = reporters.at(pick(int(reporters.size())));

    drawProgress(r, words, topic.top);
    r.uuid = drawUuid();
    return r;
}

void DemoGenerator::drawProgress(OpinionReport &r, const OpinionVocabulary &words, int top)
{
    // Older reports have travelled further along the workflow.
    const int age = int(r.observedOn.daysTo(lastDay()));
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
        // The agency of the day it was forwarded: departments merged in 03/2025, the
        // district people's committees ended on 30/06/2025.
        const bool own = pick(10) < 8;
        const int other = pick(int(words.otherAgencies[0].size()));
        r.forwardedOn = r.observedOn.addDays(1 + pick(14));
        const int era = eraOf(r.forwardedOn);
        r.agencyId = own ? words.agencyOfTop[era].at(top) : words.otherAgencies[era].at(other);
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
