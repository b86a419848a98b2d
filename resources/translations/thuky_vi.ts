<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qtstrings.cpp" line="+54"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location line="+25"/>
        <source>Open the combo box selection popup</source>
        <translation>Mở danh sách lựa chọn</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location line="-48"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location line="+51"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-57"/>
        <source>&amp;OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="+35"/>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-11"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-28"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+2"/>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>Trang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>Trang trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>Trang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>Trang dưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="+2"/>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <location line="-22"/>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location line="+1"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="-8"/>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+124"/>
        <source>Thư Ký</source>
        <translation>Thư Ký</translation>
    </message>
</context>
<context>
    <name>thuky::AddPerson</name>
    <message>
        <location filename="../../ui/rostercommands.cpp" line="+91"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>thuky::AppointDialog</name>
    <message>
        <location filename="../../ui/appointdialog.cpp" line="+17"/>
        <source>Appoint to a role</source>
        <translation>Bổ nhiệm vào chức danh</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Quyết định số 123-QĐ/TU</source>
        <translation>ví dụ: Quyết định số 123-QĐ/TU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee:</source>
        <translation>Ban chỉ đạo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a person from the list.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thuky::AppointMember</name>
    <message>
        <location filename="../../ui/rostercommands.cpp" line="+54"/>
        <source>Appoint %1 as %2</source>
        <translation>Bổ nhiệm %1 làm %2</translation>
    </message>
</context>
<context>
    <name>thuky::ChartRenderer</name>
    <message>
        <location filename="../../ui/chartrenderer.cpp" line="+96"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported chart format %1 (use .png, .svg or .pdf)</source>
        <translation>không hỗ trợ định dạng biểu đồ %1 (dùng .png, .svg hoặc .pdf)</translation>
    </message>
</context>
<context>
    <name>thuky::CommitteeTreeModel</name>
    <message>
        <location filename="../../ui/committeetreemodel.cpp" line="+92"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>province level</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district level</source>
        <translation>cấp huyện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commune level</source>
        <translation>cấp xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agency</source>
        <translation>cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>thuky::CsvReader</name>
    <message>
        <location filename="../../core/csvreader.cpp" line="+138"/>
        <source>a quoted field is never closed (the quote opens on this line)</source>
        <translation>trường trong ngoặc kép không được đóng (dấu ngoặc kép mở ở dòng này)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>có chữ sau dấu ngoặc kép đóng (dấu ngoặc kép bên trong trường phải viết đôi: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;)</source>
        <translation>có dấu ngoặc kép trong trường không đặt trong ngoặc kép (đặt cả trường trong ngoặc kép và viết đôi dấu ngoặc: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>văn bản không đúng mã UTF-8 (hãy lưu tệp dạng CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>thuky::Database</name>
    <message>
        <location filename="../../core/database.cpp" line="+80"/>
        <source>Database %1 does not exist</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Thư Ký database (not a SQLite file); it was left untouched</source>
        <translation>%1 không phải cơ sở dữ liệu Thư Ký (không phải tệp SQLite); tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+49"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1 cannot be read as a database (%2); it was left untouched</source>
        <translation>Không đọc được %1 như một cơ sở dữ liệu (%2); tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged and cannot be read; it was left untouched</source>
        <translation>%1 bị hỏng và không đọc được; tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a database of another application, not Thư Ký; it was left untouched</source>
        <translation>%1 là cơ sở dữ liệu của ứng dụng khác, không phải Thư Ký; tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Thư Ký database</source>
        <translation>%1 không phải cơ sở dữ liệu Thư Ký</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>%1 được ghi bởi phiên bản Thư Ký mới hơn (lược đồ %2, phiên bản này chỉ biết đến %3); tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Không kết nối được máy chủ %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server database %1 belongs to another application, not Thư Ký; it was left untouched</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ thuộc ứng dụng khác, không phải Thư Ký; cơ sở dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server database %1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ được ghi bởi phiên bản Thư Ký mới hơn (lược đồ %2, phiên bản này chỉ biết đến %3); cơ sở dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>Không sao lưu được %1 trước khi nâng cấp: %2</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseCopy</name>
    <message>
        <location filename="../../core/databasecopy.cpp" line="+75"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Hai cơ sở dữ liệu có phiên bản lược đồ khác nhau (%1 và %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target database already holds records; copy only into an empty one.</source>
        <translation>Cơ sở dữ liệu đích đã có dữ liệu; chỉ sao chép vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 row %2 points to a missing %3 record</source>
        <translation>%1 dòng %2 trỏ đến bản ghi %3 không tồn tại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the search index does not match the reports</source>
        <translation>chỉ mục tìm kiếm không khớp với các phản ánh</translation>
    </message>
</context>
<context>
    <name>thuky::DemoGenerator</name>
    <message>
        <location filename="../../core/demo.cpp" line="+83"/>
        <source>The database already holds records; the demo data set only fills an empty database.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; bộ dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>thuky::EditPerson</name>
    <message>
        <location filename="../../ui/rostercommands.cpp" line="-36"/>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembership</name>
    <message>
        <location line="+58"/>
        <source>End the membership of %1</source>
        <translation>Thôi giữ chức vụ: %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembershipDialog</name>
    <message>
        <location filename="../../ui/endmembershipdialog.cpp" line="+15"/>
        <source>End membership</source>
        <translation>Thôi giữ chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, từ ngày %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member:</source>
        <translation>Thành viên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Ngày cuối giữ chức vụ:</translation>
    </message>
</context>
<context>
    <name>thuky::Exchange</name>
    <message>
        <location filename="../../core/exchange.cpp" line="+138"/>
        <location line="+3"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: không ghi được: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: không đọc được: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:1: not a Thư Ký exchange file</source>
        <translation>%1:1: không phải tệp trao đổi dữ liệu của Thư Ký</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:1: written by a newer version of Thư Ký</source>
        <translation>%1:1: được ghi bởi phiên bản Thư Ký mới hơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:1: the file is damaged (checksum mismatch)</source>
        <translation>%1:1: tệp bị hỏng (sai mã kiểm tra)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1:1: a %2 record refers to a %3 record that is neither in the file nor in the database</source>
        <translation>%1:1: một bản ghi %2 trỏ đến bản ghi %3 không có trong tệp lẫn trong cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>thuky::FirstStartDialog</name>
    <message>
        <location filename="../../ui/firststartdialog.cpp" line="+21"/>
        <source>Welcome to Thư Ký</source>
        <translation>Chào mừng đến với Thư Ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database &lt;b&gt;%1&lt;/b&gt; holds no records yet. How do you want to start?</source>
        <translation>Cơ sở dữ liệu &lt;b&gt;%1&lt;/b&gt; chưa có dữ liệu. Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start empty: create the province committee</source>
        <translation>&amp;Bắt đầu trống: tạo Ban Chỉ đạo cấp tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ban Chỉ đạo 35 tỉnh An Giang</source>
        <translation>ví dụ: Ban Chỉ đạo 35 tỉnh An Giang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Tên ban chỉ đạo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the &amp;demo data (invented names, 2021–2024) to try the application</source>
        <translation>Nạp &amp;dữ liệu mẫu (tên người hư cấu, 2021–2024) để dùng thử</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tart</source>
        <translation>Bắt đầ&amp;u</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Creating the demo data set…</source>
        <translation>Đang tạo bộ dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>thuky::HistoryModel</name>
    <message>
        <location filename="../../ui/historymodel.cpp" line="+42"/>
        <source>current</source>
        <translation>hiện nay</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>thuky::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+31"/>
        <source>Thư Ký — %1</source>
        <translation>Thư Ký — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Roster</source>
        <translation>&amp;Danh sách thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Hội nghị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opinion reports</source>
        <translation>&amp;Phản ánh dư luận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion reports</source>
        <translation>Phản ánh dư luận xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts &amp;&amp; reports</source>
        <translation>&amp;Biểu đồ &amp;&amp; báo cáo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts &amp; reports</source>
        <translation>Biểu đồ &amp; báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This part of Thư Ký arrives in a later version.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Phần này của Thư Ký sẽ có trong phiên bản sau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Thư Ký</source>
        <translation>&amp;Giới thiệu Thư Ký</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Thư Ký. Restart now?</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động Thư Ký tiếp theo. Khởi động lại ngay?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Thư Ký</source>
        <translation>Giới thiệu Thư Ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s tool for steering committees: the committee roster, meetings and their minutes, opinion reports, charts and periodic reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;Công cụ của tổ thư ký ban chỉ đạo: danh sách thành viên, hội nghị và biên bản, phản ánh dư luận xã hội, biểu đồ và báo cáo định kỳ.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingKinds</name>
    <message>
        <location filename="../../core/meeting.cpp" line="+24"/>
        <source>Quarterly briefing</source>
        <translation>Giao ban quý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mid-term review</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual review</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extraordinary</source>
        <translation>Đột xuất</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingRepository</name>
    <message>
        <location filename="../../core/meetingrepository.cpp" line="+116"/>
        <source>The meeting needs an existing committee.</source>
        <translation>Hội nghị phải thuộc một ban chỉ đạo đã có.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown meeting kind %1.</source>
        <translation>Không rõ loại hội nghị %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting needs a title.</source>
        <translation>Hội nghị cần có tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting needs a start date and time.</source>
        <translation>Hội nghị cần có ngày giờ bắt đầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Hội nghị không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period is a quarter (2024-Q2) or a year (2024).</source>
        <translation>Kỳ là một quý (2024-Q2) hoặc một năm (2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A chair is not in the roster.</source>
        <translation>Có người chủ trì không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chair is listed twice.</source>
        <translation>Có người chủ trì bị ghi hai lần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recorder is not in the roster.</source>
        <translation>Người ghi biên bản không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An attendee is not in the roster.</source>
        <translation>Có người dự không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice in the attendance.</source>
        <translation>%1 bị ghi hai lần trong danh sách dự họp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown attendance status %1.</source>
        <translation>Không rõ tình trạng dự họp %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the delegate who attended for %1.</source>
        <translation>Ghi tên người dự thay cho %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agenda item needs a title.</source>
        <translation>Nội dung chương trình cần có tiêu đề.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A speaker needs a person from the roster or a guest&apos;s name.</source>
        <translation>Người phát biểu phải là người trong danh sách thành viên hoặc ghi tên khách mời.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A task needs a description.</source>
        <translation>Nhiệm vụ cần có nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task needs an owner (person or unit).</source>
        <translation>Nhiệm vụ cần có người hoặc đơn vị thực hiện.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown task status %1.</source>
        <translation>Không rõ trạng thái nhiệm vụ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task&apos;s owner is not in the roster.</source>
        <translation>Người thực hiện nhiệm vụ không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+178"/>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The minutes are approved and locked; reopen them to make changes.</source>
        <translation>Biên bản đã được duyệt và khóa; hãy mở lại để sửa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else changed this meeting meanwhile; reload it.</source>
        <translation>Người khác vừa sửa hội nghị này; hãy tải lại.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Name the chair and the recorder before approving the minutes.</source>
        <translation>Ghi người chủ trì và người ghi biên bản trước khi duyệt biên bản.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only approved minutes can be reopened.</source>
        <translation>Chỉ mở lại được biên bản đã duyệt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Ghi lý do mở lại biên bản đã duyệt.</translation>
    </message>
</context>
<context>
    <name>thuky::MemberTableModel</name>
    <message>
        <location filename="../../ui/membertablemodel.cpp" line="+83"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>thuky::MinutesWriter</name>
    <message>
        <location filename="../../core/minutes.cpp" line="+85"/>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionCodes</name>
    <message>
        <location filename="../../core/opinion.cpp" line="+17"/>
        <source>Direct</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive</source>
        <translation>Tích cực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Tiêu cực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Trái chiều</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable</source>
        <translation>Đáng chú ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Nóng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionExport</name>
    <message>
        <location filename="../../core/opinionexport.cpp" line="+46"/>
        <location line="+25"/>
        <location line="+88"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>More than %1 reports match: an Excel sheet cannot hold them. Narrow the filter or export CSV.</source>
        <translation>Có hơn %1 phản ánh phù hợp: một trang tính Excel không chứa hết. Hãy thu hẹp bộ lọc hoặc xuất ra CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+74"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Opinion reports</source>
        <translation>Phản ánh dư luận xã hội</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionImport</name>
    <message>
        <location filename="../../core/opinionimport.cpp" line="+143"/>
        <source>the file is UTF-16 text, not CSV in UTF-8: save it as &quot;CSV UTF-8&quot;</source>
        <translation>tệp là văn bản UTF-16, không phải CSV mã UTF-8: hãy lưu dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a CSV text file (it contains binary data)</source>
        <translation>không phải tệp văn bản CSV (có dữ liệu nhị phân)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty: expected a header line naming the columns</source>
        <translation>tệp trống: cần một dòng tiêu đề ghi tên các cột</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the first line must name the columns</source>
        <translation>dòng đầu tiên phải ghi tên các cột</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a CSV text file (invalid UTF-8 in the header line)</source>
        <translation>không phải tệp văn bản CSV (dòng tiêu đề không đúng mã UTF-8)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the column %1 appears twice</source>
        <translation>cột %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an opinion report CSV file: the first line names none of the columns date, locality, topic, summary (or ngày, địa bàn, lĩnh vực, nội dung)</source>
        <translation>không phải tệp CSV phản ánh: dòng đầu không có cột nào trong số date, locality, topic, summary (hoặc ngày, địa bàn, lĩnh vực, nội dung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the required column %1 (%2) is missing</source>
        <translation>thiếu cột bắt buộc %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignoring unknown column(s): %1</source>
        <translation>bỏ qua cột không xác định: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</source>
        <translation>có %1 trường nhưng dòng tiêu đề ghi %2 cột (trường có dấu phân cách phải đặt trong ngoặc kép)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 fields, but the header names %2 columns</source>
        <translation>chỉ có %1 trường nhưng dòng tiêu đề ghi %2 cột</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the date is missing</source>
        <translation>thiếu ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 không phải ngày hợp lệ ở cột %2 (viết YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the locality is missing</source>
        <translation>thiếu địa bàn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown locality %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>không có địa bàn %1 (kiểm tra chính tả, hoặc nhập với --create-missing để thêm)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the topic is missing</source>
        <translation>thiếu lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown topic %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>không có lĩnh vực %1 (kiểm tra chính tả, hoặc nhập với --create-missing để thêm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown reporter %1: imported without a reporter (import with --create-missing to add the person)</source>
        <translation>không có người báo cáo %1: đã nhập không kèm người báo cáo (nhập với --create-missing để thêm người này)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the summary (nội dung) is empty</source>
        <translation>nội dung (summary) trống</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown %1 %2: expected one of %3</source>
        <translation>không rõ %1 %2: cần một trong các giá trị %3</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file has errors: nothing was imported.</source>
        <translation>Tệp có lỗi: không nhập dòng nào.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added by an import of opinion reports</source>
        <translation>Được thêm khi nhập phản ánh</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionRepository</name>
    <message>
        <location filename="../../core/opinionrepository.cpp" line="+155"/>
        <source>The report needs the date it was observed.</source>
        <translation>Phản ánh cần có ngày ghi nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report needs a locality.</source>
        <translation>Phản ánh cần có địa bàn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report needs a topic.</source>
        <translation>Phản ánh cần có lĩnh vực.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary must not be empty.</source>
        <translation>Nội dung không được để trống.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a valid %2.</source>
        <translation>%1 không phải %2 hợp lệ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+96"/>
        <source>The report cannot be forwarded before it was observed.</source>
        <translation>Không thể chuyển phản ánh trước ngày ghi nhận.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+107"/>
        <source>The response cannot come before the report was observed.</source>
        <translation>Ngày phản hồi không thể trước ngày ghi nhận.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>A forwarding date needs the agency it was forwarded to.</source>
        <translation>Có ngày chuyển thì phải có cơ quan nhận.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report was changed or deleted by someone else in the meantime; reload it and try again.</source>
        <translation>Người khác vừa sửa hoặc xóa phản ánh này; hãy tải lại và thử lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <location line="+10"/>
        <location line="+14"/>
        <source>The report does not exist.</source>
        <translation>Phản ánh không tồn tại.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose the agency to forward to.</source>
        <translation>Hãy chọn cơ quan nhận.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the answer that was received.</source>
        <translation>Hãy ghi nội dung trả lời đã nhận.</translation>
    </message>
</context>
<context>
    <name>thuky::PeriodReport</name>
    <message>
        <location filename="../../core/periodreport.cpp" line="+183"/>
        <source>No committee %1</source>
        <translation>Không có ban chỉ đạo %1</translation>
    </message>
</context>
<context>
    <name>thuky::PersonDialog</name>
    <message>
        <location filename="../../ui/persondialog.cpp" line="+11"/>
        <source>Edit person</source>
        <translation>Sửa thông tin người</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Đại tá</source>
        <translation>ví dụ: Đại tá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank or honorific:</source>
        <translation>&amp;Cấp bậc, danh xưng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Positions:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan, đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>thuky::PersonListModel</name>
    <message>
        <location filename="../../ui/personlistmodel.cpp" line="+53"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>thuky::PersonPicker</name>
    <message>
        <location filename="../../ui/personpicker.cpp" line="+19"/>
        <source>Type part of the name…</source>
        <translation>Gõ một phần họ tên…</translation>
    </message>
</context>
<context>
    <name>thuky::ReorganiseDialog</name>
    <message>
        <location filename="../../ui/reorganisedialog.cpp" line="+19"/>
        <source>Reorganise (kiện toàn)</source>
        <translation>Kiện toàn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (since %3)</source>
        <translation>%1: %2 (từ %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An &amp;existing person</source>
        <translation>Người có &amp;sẵn trong danh sách</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ne&amp;w person</source>
        <translation>Người &amp;mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name of the new person</source>
        <translation>Họ và tên người mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions of the new person</source>
        <translation>Chức vụ của người mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Quyết định số 123-QĐ/TU</source>
        <translation>ví dụ: Quyết định số 123-QĐ/TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace:</source>
        <translation>&amp;Vị trí cần thay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New holder:</source>
        <translation>Người thay:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ositions:</source>
        <translation>Chứ&amp;c vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose the role holder to replace.</source>
        <translation>Hãy chọn người cần thay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the new holder from the list.</source>
        <translation>Hãy chọn người thay trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thuky::ReplaceRoleHolder</name>
    <message>
        <location filename="../../ui/rostercommands.cpp" line="+35"/>
        <source>Reorganise: %1 replaces %2 as %3</source>
        <translation>Kiện toàn: %1 thay %2 làm %3</translation>
    </message>
</context>
<context>
    <name>thuky::Roles</name>
    <message>
        <location filename="../../core/roles.cpp" line="+39"/>
        <source>Head</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing deputy head</source>
        <translation>Phó Trưởng ban Thường trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy head</source>
        <translation>Phó Trưởng ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat leader</source>
        <translation>Tổ trưởng Tổ thư ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat member</source>
        <translation>Thành viên Tổ thư ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert group</source>
        <translation>Nhóm chuyên gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core force</source>
        <translation>Lực lượng nòng cốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaborator</source>
        <translation>Cộng tác viên</translation>
    </message>
</context>
<context>
    <name>thuky::RosterCommand</name>
    <message>
        <location filename="../../ui/rostercommands.cpp" line="-148"/>
        <source>“%1” could not be applied: %2</source>
        <translation>Không thực hiện được “%1”: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The person no longer exists.</source>
        <translation>Người này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The membership no longer exists.</source>
        <translation>Chức danh này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterRepository</name>
    <message>
        <location filename="../../core/rosterrepository.cpp" line="+46"/>
        <source>The locality needs a name.</source>
        <translation>Địa bàn cần có tên.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The committee needs a name.</source>
        <translation>Ban chỉ đạo cần có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+205"/>
        <location line="+51"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+21"/>
        <source>The full name must not be empty.</source>
        <translation>Họ và tên không được để trống.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else changed this person in the meantime; reload and try again.</source>
        <translation>Người khác vừa sửa thông tin người này; hãy tải lại và thử lại.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This person holds or held a role and cannot be removed.</source>
        <translation>Người này đang hoặc đã giữ chức danh nên không thể xóa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a person.</source>
        <translation>Hãy chọn một người.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a committee.</source>
        <translation>Hãy chọn ban chỉ đạo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>The start date is missing or invalid.</source>
        <translation>Thiếu ngày bắt đầu hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The committee already has a head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>Ban chỉ đạo đã có Trưởng ban vào ngày đó (%1, từ ngày %2). Hãy dùng Kiện toàn để thay người.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee already has a standing deputy head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>Ban chỉ đạo đã có Phó Trưởng ban Thường trực vào ngày đó (%1, từ ngày %2). Hãy dùng Kiện toàn để thay người.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>No such membership.</source>
        <translation>Không có chức danh này.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The end date is missing or invalid.</source>
        <translation>Thiếu ngày kết thúc hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the role holder to replace.</source>
        <translation>Hãy chọn người cần thay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new holder must start after the current holder started (%1).</source>
        <translation>Người thay phải bắt đầu sau ngày người hiện giữ chức danh bắt đầu (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The membership to replace had already ended on %1.</source>
        <translation>Chức danh cần thay đã kết thúc từ ngày %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new holder is the same person as the current one.</source>
        <translation>Người thay trùng với người đang giữ chức danh.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterView</name>
    <message>
        <location filename="../../ui/rosterview.cpp" line="+69"/>
        <source>&amp;As of:</source>
        <translation>Tính đến &amp;ngày:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name (e.g. nguyen)</source>
        <translation>Lọc theo tên (ví dụ: nguyen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Appoint to role…</source>
        <translation>Bổ nhiệm vào chức danh…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>History of roles:</source>
        <translation>Quá trình giữ chức danh:</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+83"/>
        <location line="+90"/>
        <source>Roster</source>
        <translation>Danh sách thành viên</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person to the list of people</source>
        <translation>Thêm một người vào danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Sửa thông tin người…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person</source>
        <translation>Sửa thông tin người đang chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ppoint to role…</source>
        <translation>&amp;Bổ nhiệm vào chức danh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appoint a person to a role in this committee (bổ nhiệm)</source>
        <translation>Bổ nhiệm một người vào chức danh trong ban chỉ đạo này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nd membership…</source>
        <translation>Thôi giữ &amp;chức vụ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the selected membership (thôi giữ chức vụ)</source>
        <translation>Cho người đang chọn thôi giữ chức vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reorganise…</source>
        <translation>&amp;Kiện toàn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the holder of a role on a date (kiện toàn)</source>
        <translation>Thay người giữ một chức danh từ một ngày (kiện toàn)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no committee yet. Create the database again with “Start empty” or load the demo data.</source>
        <translation>Chưa có ban chỉ đạo nào. Hãy tạo lại cơ sở dữ liệu bằng “Bắt đầu trống” hoặc nạp dữ liệu mẫu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %n member(s) on %2</source>
        <translation>
            <numerusform>%1 — %n thành viên, tính đến ngày %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody holds a role in %1 on %2.
Use “Appoint to role” to add members, or choose another date.</source>
        <translation>Ngày %2, %1 chưa có ai giữ chức danh.
Hãy dùng “Bổ nhiệm vào chức danh” để thêm thành viên, hoặc chọn ngày khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member&apos;s name contains “%1”.</source>
        <translation>Không có thành viên nào có tên chứa “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No person selected</source>
        <translation>Chưa chọn người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a member to see their history of roles.</source>
        <translation>Chọn một thành viên để xem quá trình giữ chức danh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holds no role yet.</source>
        <translation>Chưa giữ chức danh nào.</translation>
    </message>
</context>
<context>
    <name>thuky::TaskRepository</name>
    <message>
        <location filename="../../core/taskrepository.cpp" line="+104"/>
        <source>Unknown task status %1.</source>
        <translation>Không rõ trạng thái nhiệm vụ %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no task %1.</source>
        <translation>Không có nhiệm vụ %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else changed this task meanwhile; reload it.</source>
        <translation>Người khác vừa sửa nhiệm vụ này; hãy tải lại.</translation>
    </message>
</context>
<context>
    <name>thuky::TaskStatuses</name>
    <message>
        <location filename="../../core/task.cpp" line="+31"/>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyRepository</name>
    <message>
        <location filename="../../core/taxonomyrepository.cpp" line="+97"/>
        <location line="+27"/>
        <source>The topic needs a name.</source>
        <translation>Lĩnh vực cần có tên.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The parent topic does not exist.</source>
        <translation>Lĩnh vực cấp trên không tồn tại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics have two levels: a subtopic cannot have children.</source>
        <translation>Lĩnh vực chỉ có hai cấp: lĩnh vực con không thể có lĩnh vực con.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The topic does not exist.</source>
        <translation>Lĩnh vực không tồn tại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reports use this topic: it cannot be deleted (rename it or mark it inactive instead).</source>
        <translation>Đã có phản ánh thuộc lĩnh vực này nên không thể xóa (hãy đổi tên hoặc ngừng sử dụng).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The topic has subtopics: delete or move them first.</source>
        <translation>Lĩnh vực có lĩnh vực con: hãy xóa hoặc chuyển chúng trước.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+16"/>
        <source>The agency needs a name.</source>
        <translation>Cơ quan cần có tên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agency does not exist.</source>
        <translation>Cơ quan không tồn tại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reports were forwarded to this agency: it cannot be deleted.</source>
        <translation>Đã có phản ánh chuyển đến cơ quan này nên không thể xóa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A channel needs both labels.</source>
        <translation>Kênh cần có đủ hai nhãn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no channel %1.</source>
        <translation>Không có kênh %1.</translation>
    </message>
</context>
<context>
    <name>thuky::UserRepository</name>
    <message>
        <location filename="../../core/userrepository.cpp" line="+30"/>
        <source>The user name must not be empty.</source>
        <translation>Tên người dùng không được để trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role %1.</source>
        <translation>Không rõ vai trò %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password needs at least 6 characters.</source>
        <translation>Mật khẩu cần ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A user named %1 already exists.</source>
        <translation>Đã có người dùng tên %1.</translation>
    </message>
</context>
<context>
    <name>thuky::cli</name>
    <message>
        <location filename="../../app/cli/admincommands.cpp" line="+57"/>
        <source>users action (add or list)</source>
        <translation>thao tác với người dùng (add hoặc list)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown users action %1</source>
        <translation>không rõ thao tác với người dùng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>tên người dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users add needs --role admin|secretary|viewer|collaborator</source>
        <translation>users add cần --role admin|secretary|viewer|collaborator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role must be admin, secretary, viewer or collaborator</source>
        <translation>--role phải là admin, secretary, viewer hoặc collaborator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the new user&apos;s password in THUKY_NEW_PASSWORD</source>
        <translation>hãy cho mật khẩu của người dùng mới trong THUKY_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be an admin.</source>
        <translation>Người dùng đầu tiên phải là quản trị (admin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the user %1 (%2).</source>
        <translation>Đã thêm người dùng %1 (%2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>backup needs --out FILE</source>
        <translation>backup cần --out TỆP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file exists already; choose a new name</source>
        <translation>%1: tệp đã tồn tại; hãy chọn tên khác</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backup file</source>
        <translation>tệp sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a usable Thư Ký backup: %2</source>
        <translation>%1: không phải bản sao lưu Thư Ký dùng được: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok: schema %1, %2 records</source>
        <translation>tốt: lược đồ %1, %2 bản ghi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>copy needs --to PATH|URL</source>
        <translation>copy cần --to ĐƯỜNG_DẪN|URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied every record to %1.</source>
        <translation>Đã sao chép mọi bản ghi sang %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exchange action (export or import)</source>
        <translation>thao tác trao đổi dữ liệu (export hoặc import)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exchange export needs --out FILE</source>
        <translation>exchange export cần --out TỆP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 records to %2.</source>
        <translation>Đã ghi %1 bản ghi vào %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown exchange action %1</source>
        <translation>không rõ thao tác trao đổi dữ liệu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange file</source>
        <translation>tệp trao đổi dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Đã hợp nhất %1: %2 mới, %3 cập nhật, %4 không đổi.</translation>
    </message>
    <message>
        <location filename="../../app/cli/climain.cpp" line="+140"/>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option %1</source>
        <translation>không rõ tùy chọn %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command %1</source>
        <translation>không rõ lệnh %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try thuky-cli --help.</source>
        <translation>Xem thuky-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetingcommands.cpp" line="+27"/>
        <location filename="../../app/cli/rostercommands.cpp" line="+65"/>
        <location filename="../../app/cli/statscommands.cpp" line="+196"/>
        <source>%1: no such committee</source>
        <translation>%1: không có ban chỉ đạo này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>meetings takes no positional arguments</source>
        <translation>meetings không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>tasks takes no positional arguments</source>
        <translation>tasks không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--status must be open, in_progress, done or cancelled</source>
        <translation>--status phải là open, in_progress, done hoặc cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>%1: no such meeting</source>
        <translation>%1: không có hội nghị này</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>MEETING_ID</source>
        <translation>MÃ_HỘI_NGHỊ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes takes one meeting id</source>
        <translation>minutes nhận đúng một mã hội nghị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes needs --out FILE.pdf|FILE.odt</source>
        <translation>minutes cần --out TỆP.pdf|TỆP.odt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out must name a .pdf or .odt file</source>
        <translation>--out phải là tệp .pdf hoặc .odt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/cli/statscommands.cpp" line="+15"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: không ghi được: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the minutes of meeting %1 to %2.</source>
        <translation>Đã ghi biên bản hội nghị %1 vào %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/opinioncommands.cpp" line="+29"/>
        <source>what to %1 (opinions)</source>
        <translation>cần %1 gì (opinions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 knows only opinions, not %2</source>
        <translation>%1 chỉ làm việc với opinions, không phải %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the CSV file to import</source>
        <translation>tệp CSV cần nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import opinions takes one file</source>
        <translation>import opinions nhận đúng một tệp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:1: cannot read the file: %2</source>
        <translation>%1:1: không đọc được tệp: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: cảnh báo: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new localities</source>
        <translation>địa bàn mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new topics</source>
        <translation>lĩnh vực mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new reporters</source>
        <translation>người báo cáo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new agencies</source>
        <translation>cơ quan mới</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 rows are valid; %3 would be imported, %4 duplicates skipped. Dry run: nothing was written.</source>
        <translation>%1: %2 dòng hợp lệ; sẽ nhập %3, bỏ qua %4 dòng trùng. Chạy thử: chưa ghi gì.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing… %1/%2</source>
        <translation>Đang nhập… %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 reports from %2 (%3 duplicates skipped).</source>
        <translation>Đã nhập %1 phản ánh từ %2 (bỏ qua %3 dòng trùng).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>export opinions takes no further arguments</source>
        <translation>export opinions không nhận thêm đối số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export opinions needs --out FILE.csv or --out FILE.xlsx</source>
        <translation>export opinions cần --out TỆP.csv hoặc --out TỆP.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out must end in .csv or .xlsx</source>
        <translation>--out phải có đuôi .csv hoặc .xlsx</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>thuky-cli: no topic named %1</source>
        <translation>thuky-cli: không có lĩnh vực tên %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>thuky-cli: no locality named %1</source>
        <translation>thuky-cli: không có địa bàn tên %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 reports to %2.</source>
        <translation>Đã xuất %1 phản ánh ra %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search opinions needs a QUERY</source>
        <translation>search opinions cần TỪ_KHÓA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit cần một số từ 1 trở lên</translation>
    </message>
    <message>
        <location filename="../../app/cli/rostercommands.cpp" line="-42"/>
        <source>init takes no arguments</source>
        <translation>init không nhận đối số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created the database %1 (schema %2).</source>
        <translation>Đã tạo cơ sở dữ liệu %1 (lược đồ %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>Cơ sở dữ liệu %1 đã ở phiên bản mới nhất (lược đồ %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo takes no positional arguments</source>
        <translation>demo không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filled %1 with the demo data set.</source>
        <translation>Đã nạp bộ dữ liệu mẫu vào %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>roster takes no positional arguments</source>
        <translation>roster không nhận đối số vị trí</translation>
    </message>
    <message>
        <location filename="../../app/cli/statscommands.cpp" line="-179"/>
        <source>--by is required (quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status)</source>
        <translation>cần --by (quarter, có thể kèm ,topic, ,locality, ,sentiment, ,channel hoặc ,status)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--by %1: expected quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status</source>
        <translation>--by %1: cần quarter, có thể kèm ,topic, ,locality, ,sentiment, ,channel hoặc ,status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: %1 opinions --by DIMS</source>
        <translation>cách dùng: %1 opinions --by CHIỀU</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--out FILE is required</source>
        <translation>cần --out TỆP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: the file name must end in .%2</source>
        <translation>--out %1: tên tệp phải có đuôi .%2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>report kind (quarterly or weekly)</source>
        <translation>loại báo cáo (quarterly hoặc weekly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report takes one kind: quarterly or weekly</source>
        <translation>report nhận một loại: quarterly hoặc weekly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report quarterly takes --quarter, not --week</source>
        <translation>report quarterly dùng --quarter, không dùng --week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report quarterly needs --quarter YYYY-Qn</source>
        <translation>report quarterly cần --quarter YYYY-Qn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--quarter %1: expected YYYY-Qn, e.g. 2024-Q2</source>
        <translation>--quarter %1: cần dạng YYYY-Qn, ví dụ 2024-Q2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report weekly takes --week, not --quarter</source>
        <translation>report weekly dùng --week, không dùng --quarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report weekly needs --week YYYY-Www</source>
        <translation>report weekly cần --week YYYY-Www</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--week %1: expected an ISO week YYYY-Www, e.g. 2024-W29</source>
        <translation>--week %1: cần tuần ISO dạng YYYY-Www, ví dụ 2024-W29</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown report %1 (quarterly or weekly)</source>
        <translation>không rõ báo cáo %1 (quarterly hoặc weekly)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote %1 (%2, %3 reports).</source>
        <translation>Đã ghi %1 (%2, %3 phản ánh).</translation>
    </message>
</context>
<context>
    <name>thuky::cli::Arguments</name>
    <message>
        <location filename="../../app/cli/clicontext.cpp" line="+62"/>
        <source>option --%1 needs a value</source>
        <translation>tùy chọn --%1 cần một giá trị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option --%1</source>
        <translation>không rõ tùy chọn --%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing %1</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>--%1: %2 không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format must be table, csv or json</source>
        <translation>--format phải là table, csv hoặc json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 needs a non-negative number</source>
        <translation>--%1 cần một số không âm</translation>
    </message>
</context>
<context>
    <name>thuky::cli::Context</name>
    <message>
        <location line="+26"/>
        <source>this database has users: give --user NAME (password in THUKY_PASSWORD)</source>
        <translation>cơ sở dữ liệu này có người dùng: hãy cho --user TÊN (mật khẩu trong THUKY_PASSWORD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong user name or password</source>
        <translation>sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role %1 may not run this command</source>
        <translation>vai trò %1 không được chạy lệnh này</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the role %1 may not do this</source>
        <translation>vai trò %1 không được làm việc này</translation>
    </message>
</context>
</TS>
