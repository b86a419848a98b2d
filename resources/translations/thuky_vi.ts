<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/common/qtstrings.cpp" line="+54"/>
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
    <name>QFileDialog</name>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Danh sách địa điểm và dấu trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Địa điểm gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 byte(s)</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-120"/>
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
    <name>QPageSetupWidget</name>
    <message>
        <location line="+193"/>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse landscape</source>
        <translation>Ngang ngược</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse portrait</source>
        <translation>Dọc ngược</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-242"/>
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
    <name>QPrintDialog</name>
    <message>
        <location line="+141"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Pages</source>
        <translation>Mọi trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng cùng lúc &apos;Số trang mỗi tờ&apos; và &apos;Nhóm trang&apos;.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="-51"/>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Xem tổng quan mọi trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="+86"/>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-51"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collate</source>
        <translation>Xếp theo bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Đảo thứ tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set:</source>
        <translation>Nhóm trang:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp đầu ra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="-164"/>
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
        <location filename="../../app/main.cpp" line="+175"/>
        <location line="+64"/>
        <source>Thư Ký</source>
        <translation>Thư Ký</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Today&apos;s backup was made: %1</source>
        <translation>Đã sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No daily backup was made: %1</source>
        <translation>Chưa tạo được bản sao lưu hằng ngày: %1</translation>
    </message>
</context>
<context>
    <name>thuky::Access</name>
    <message>
        <location filename="../../core/db/access.cpp" line="+134"/>
        <source>The role %1 may not change %2.</source>
        <translation>Vai trò %1 không được thay đổi %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s structure</source>
        <translation>cấu trúc cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>thuky::AddCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+67"/>
        <source>Add the committee %1</source>
        <translation>Thêm ban chỉ đạo %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddCommitteeDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="+38"/>
        <source>Add a committee</source>
        <translation>Thêm ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: a top-level committee)</source>
        <translation>(không: ban chỉ đạo cấp cao nhất)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ban Chỉ đạo 35 huyện Châu Phú</source>
        <translation>ví dụ: Ban Chỉ đạo 35 huyện Châu Phú</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Huyện ủy Châu Phú (printed above the name)</source>
        <translation>ví dụ: Huyện ủy Châu Phú (in phía trên tên)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Châu Phú (in the date line of documents)</source>
        <translation>ví dụ: Châu Phú (ở dòng địa danh, ngày tháng của văn bản)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Under:</source>
        <translation>&amp;Trực thuộc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocality:</source>
        <translation>Đị&amp;a bàn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Superior body:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Give the committee&apos;s name.</source>
        <translation>Hãy nhập tên ban chỉ đạo.</translation>
    </message>
</context>
<context>
    <name>thuky::AddLocality</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+93"/>
        <source>Add the locality %1</source>
        <translation>Thêm địa bàn %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+44"/>
        <source>Add a unit under %1</source>
        <translation>Thêm đơn vị trực thuộc %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a province</source>
        <translation>Thêm tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. xã Mỹ Hòa Hưng</source>
        <translation>ví dụ: xã Mỹ Hòa Hưng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under:</source>
        <translation>Trực thuộc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
</context>
<context>
    <name>thuky::AddOpinionReport</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="+44"/>
        <source>Add report “%1”</source>
        <translation>Thêm phản ánh “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::AddPerson</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+54"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddTaxonomyEntry</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="+55"/>
        <source>Add “%1”</source>
        <translation>Thêm “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::AgendaModel</name>
    <message>
        <location filename="../../ui/meetings/agendamodel.cpp" line="+12"/>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
</context>
<context>
    <name>thuky::Application</name>
    <message>
        <location filename="../../app/main.cpp" line="-184"/>
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
</context>
<context>
    <name>thuky::AppointDialog</name>
    <message>
        <location filename="../../ui/roster/appointdialog.cpp" line="+19"/>
        <source>Appoint to a role</source>
        <translation>Bổ nhiệm vào chức danh</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>The role in the committee; a committee has one head (trưởng ban)</source>
        <translation>Chức danh trong ban chỉ đạo; mỗi ban chỉ có một trưởng ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day in the role, DD/MM/YYYY, usually the date of the decision</source>
        <translation>Ngày đầu giữ chức danh, DD/MM/YYYY, thường là ngày ký quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the decision (quyết định) that appoints the person</source>
        <translation>Số quyết định bổ nhiệm người này</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a person from the list.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thuky::AppointMember</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+56"/>
        <source>Appoint %1 as %2</source>
        <translation>Bổ nhiệm %1 làm %2</translation>
    </message>
</context>
<context>
    <name>thuky::ApproveMinutes</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+80"/>
        <source>Approve minutes</source>
        <translation>Duyệt biên bản</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Approval undone</source>
        <translation>Hủy duyệt biên bản</translation>
    </message>
</context>
<context>
    <name>thuky::AttendanceModel</name>
    <message>
        <location filename="../../ui/meetings/attendancemodel.cpp" line="+25"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by a delegate</source>
        <translation>Cử người dự thay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate</source>
        <translation>Người dự thay</translation>
    </message>
</context>
<context>
    <name>thuky::AuditDialog</name>
    <message>
        <location filename="../../ui/audit/auditdialog.cpp" line="+171"/>
        <location line="+117"/>
        <source>Audit log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All records</source>
        <translation>Mọi hồ sơ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action, field or value</source>
        <translation>Thao tác, trường hoặc giá trị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The history of one record (%1).</source>
        <translation>Lịch sử của một hồ sơ (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>thuky::AuditModel</name>
    <message>
        <location line="-201"/>
        <source>Report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee role</source>
        <translation>Chức danh trong Ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>thuky::Backups</name>
    <message>
        <location filename="../../core/db/backups.cpp" line="+215"/>
        <location line="+47"/>
        <source>%1 exists already: a backup never replaces a file</source>
        <translation>%1 đã tồn tại: bản sao lưu không bao giờ ghi đè lên tệp khác</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot create the folder %1</source>
        <translation>Không tạo được thư mục %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+24"/>
        <source>Cannot write the backup %1: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot write the backup %1: the copy could not be synced to the disk</source>
        <translation>Không ghi được bản sao lưu %1: không đồng bộ được bản sao xuống đĩa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup copy failed its check (%1); nothing was kept</source>
        <translation>Bản sao lưu không qua được kiểm tra (%1); không giữ lại gì</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the checksum of the backup %1</source>
        <translation>Không ghi được mã kiểm tra của bản sao lưu %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>not a SQLite database</source>
        <translation>không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its checksum file %1 cannot be read</source>
        <translation>không đọc được tệp mã kiểm tra %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not match its checksum in %1: it was damaged or changed after the backup was written (remove that file to restore it anyway)</source>
        <translation>không khớp với mã kiểm tra trong %1: tệp đã bị hỏng hoặc bị sửa sau khi sao lưu (xóa tệp đó nếu vẫn muốn khôi phục)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a Thư Ký database (a file of another application)</source>
        <translation>không phải cơ sở dữ liệu Thư Ký (tệp của ứng dụng khác)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by a newer version of Thư Ký (schema %1, this version knows %2)</source>
        <translation>được ghi bởi phiên bản Thư Ký mới hơn (lược đồ %1, phiên bản này biết đến %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1: not restored: %2</source>
        <translation>%1: không khôi phục: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot make a working folder for the restore: %1</source>
        <translation>Không tạo được thư mục làm việc để khôi phục: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot copy %1 to %2</source>
        <translation>Không sao chép được %1 sang %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot keep a copy of %1 before the restore</source>
        <translation>Không giữ được bản sao của %1 trước khi khôi phục</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot restore into %1: %2</source>
        <translation>Không khôi phục được vào %1: %2</translation>
    </message>
</context>
<context>
    <name>thuky::BackupsDialog</name>
    <message>
        <location filename="../../ui/shell/backupsdialog.cpp" line="+29"/>
        <location line="+90"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator backs up and restores.</source>
        <translation>Chỉ quản trị viên được sao lưu và khôi phục.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ok</source>
        <translation>ổn</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds %2 opinion reports, %3 meetings and %4 people; its newest record was saved on %5.</source>
        <translation>%1 chứa %2 phản ánh dư luận, %3 hội nghị và %4 người; bản ghi mới nhất được lưu lúc %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no records)</source>
        <translation>(không có bản ghi)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be restored: %2</source>
        <translation>Không thể khôi phục %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with it? What the database holds now is kept as a backup first, and Thư Ký starts again.</source>
        <translation>Thay cơ sở dữ liệu bằng bản này? Dữ liệu hiện có sẽ được sao lưu trước, rồi Thư Ký khởi động lại.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was restored: %1</source>
        <translation>Không có gì được khôi phục: %1</translation>
    </message>
</context>
<context>
    <name>thuky::ChangeReportStatus</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="+62"/>
        <source>Forward report “%1”</source>
        <translation>Chuyển phản ánh “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer to “%1”</source>
        <translation>Ghi trả lời cho “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve report “%1”</source>
        <translation>Đánh dấu đã giải quyết “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close report “%1”</source>
        <translation>Đóng phản ánh “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report “%1”</source>
        <translation>Phản ánh “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report no longer exists.</source>
        <translation>Phản ánh không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>thuky::ChangeTaskStatus</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+39"/>
        <source>Change task status</source>
        <translation>Đổi trạng thái nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>thuky::ChartRenderer</name>
    <message>
        <location filename="../../ui/charts/chartrenderer.cpp" line="+98"/>
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
    <name>thuky::ChartReportDialog</name>
    <message>
        <location filename="../../ui/charts/chartreportdialog.cpp" line="+34"/>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2024-Q2 or 2024-W29</source>
        <translation>2024-Q2 hoặc 2024-W29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from the figures</source>
        <translation>Soạn nháp từ số liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;up to today&apos;s units</source>
        <translation>Gộp th&amp;eo đơn vị hiện nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</source>
        <translation>Tính phản ánh của các địa bàn đã sáp nhập vào đơn vị hiện quản lý, để so sánh được các kỳ trước và sau sáp nhập</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drafted from the figures in Vietnamese, the language of the printed report; edit it before printing.</source>
        <translation>Dự thảo từ số liệu bằng tiếng Việt, ngôn ngữ của văn bản in; có thể sửa trước khi in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Phương hướng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF or ODT…</source>
        <translation>Lưu ra PDF hoặc ODT…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give a quarter (2024-Q2) or an ISO week (2024-W29).</source>
        <translation>Hãy nhập một quý (2024-Q2) hoặc một tuần ISO (2024-W29).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln report(s)</source>
        <translation>
            <numerusform>%1: %Ln phản ánh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week %1, %2</source>
        <extracomment>An ISO week: %1 its number, %2 the year (&quot;Tuần 29/2024&quot;)</extracomment>
        <translation>Tuần %1/%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+5"/>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>Tài liệu PDF (*.pdf);;Văn bản OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>thuky::ChartTexts</name>
    <message>
        <location filename="../../ui/charts/charttexts.cpp" line="+34"/>
        <source>Reports per quarter by topic</source>
        <translation>Số phản ánh theo quý, phân theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by locality</source>
        <translation>Số phản ánh theo quý, phân theo địa bàn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by sentiment</source>
        <translation>Số phản ánh theo quý, phân theo chiều hướng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by channel</source>
        <translation>Số phản ánh theo quý, phân theo kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by status</source>
        <translation>Số phản ánh theo quý, phân theo tình trạng xử lý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports per quarter</source>
        <translation>Số phản ánh theo quý</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend of the total reports per quarter</source>
        <translation>Xu hướng tổng số phản ánh theo quý</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response rate and median days to response per quarter</source>
        <translation>Tỷ lệ phản hồi và số ngày phản hồi (trung vị) theo quý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Total reports</source>
        <translation>Tổng số phản ánh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered or resolved (%)</source>
        <translation>Tỷ lệ đã trả lời, giải quyết (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days to response (median)</source>
        <translation>Số ngày phản hồi (trung vị)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Q%1 %2</source>
        <extracomment>A quarter on a chart&apos;s axis: %1 its number (1-4; I-IV in Vietnamese), %2 the year</extracomment>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Chiều hướng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thuky::ChartsView</name>
    <message>
        <location filename="../../ui/charts/chartsview.cpp" line="+124"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Break down by</source>
        <translation>&amp;Phân theo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Locality</source>
        <translation>Địa &amp;bàn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To&amp;pic</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports per quarter</source>
        <translation>Số phản ánh theo quý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend of the total</source>
        <translation>Xu hướng tổng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot items</source>
        <translation>Vấn đề nóng</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total only</source>
        <translation>Chỉ tổng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All localities</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%Ln report(s) in the selection</source>
        <translation>
            <numerusform>%Ln phản ánh được chọn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Roll &amp;up to today&apos;s units</source>
        <translation>Gộp th&amp;eo đơn vị hiện nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</source>
        <translation>Tính phản ánh của các địa bàn đã sáp nhập vào đơn vị hiện quản lý, để so sánh được các kỳ trước và sau sáp nhập</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>This tab has no chart to export.</source>
        <translation>Thẻ này không có biểu đồ để xuất.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>thuky::CommitteeTreeModel</name>
    <message>
        <location filename="../../ui/roster/committeetreemodel.cpp" line="+118"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formed on %1</source>
        <translation>Thành lập ngày %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dissolved on %1, into %2</source>
        <translation>Giải thể ngày %1, hợp nhất vào %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolved on %1</source>
        <translation>Giải thể ngày %1</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>thuky::ConflictDialog</name>
    <message>
        <location filename="../../ui/common/conflictdialog.cpp" line="+22"/>
        <source>Changed by someone else</source>
        <translation>Đã bị người khác sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 at %3. Reload their version (your changes are dropped) or Overwrite with yours?</source>
        <translation>%1 đã được %2 sửa lúc %3. Tải lại bản của họ (bỏ các thay đổi của bạn) hay Ghi đè bằng bản của bạn?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Ghi đè</translation>
    </message>
</context>
<context>
    <name>thuky::ConflictError</name>
    <message>
        <location filename="../../core/db/conflict.cpp" line="+25"/>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown time</source>
        <translation>một thời điểm không rõ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed by %2 at %3 after it was read; nothing was written. Reload it, or save again to overwrite that version.</source>
        <translation>%1 đã được %2 sửa lúc %3 sau khi bạn mở ra; chưa ghi gì. Hãy tải lại, hoặc lưu lần nữa để ghi đè phiên bản đó.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person</source>
        <translation>Người này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The membership</source>
        <translation>Chức danh thành viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record</source>
        <translation>Bản ghi</translation>
    </message>
</context>
<context>
    <name>thuky::CreateMeeting</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="-137"/>
        <source>Create meeting</source>
        <translation>Tạo hội nghị</translation>
    </message>
</context>
<context>
    <name>thuky::CsvReader</name>
    <message>
        <location filename="../../core/text/csvreader.cpp" line="+112"/>
        <source>a quoted field is never closed (the quote opens on this line)</source>
        <translation>trường trong ngoặc kép không được đóng (dấu ngoặc kép mở ở dòng này)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>có chữ sau dấu ngoặc kép đóng (dấu ngoặc kép bên trong trường phải viết đôi: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a NUL byte (binary data) in the text</source>
        <translation>có byte NUL (dữ liệu nhị phân) trong văn bản</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is UTF-16 text, not CSV in UTF-8: save it as &quot;CSV UTF-8&quot;</source>
        <translation>tệp là văn bản UTF-16, không phải CSV mã UTF-8: hãy lưu dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a CSV text file (it contains binary data)</source>
        <translation>không phải tệp văn bản CSV (có dữ liệu nhị phân)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty: expected a header line naming the columns</source>
        <translation>tệp trống: cần một dòng tiêu đề ghi tên các cột</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the first line must name the columns</source>
        <translation>dòng đầu tiên phải ghi tên các cột</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a CSV text file (invalid UTF-8 in the header line)</source>
        <translation>không phải tệp văn bản CSV (dòng tiêu đề không đúng mã UTF-8)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;)</source>
        <translation>có dấu ngoặc kép trong trường không đặt trong ngoặc kép (đặt cả trường trong ngoặc kép và viết đôi dấu ngoặc: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>invalid UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>văn bản không đúng mã UTF-8 (hãy lưu tệp dạng CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>thuky::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="+112"/>
        <source>Database %1 does not exist</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Thư Ký database (not a SQLite file); it was left untouched</source>
        <translation>%1 không phải cơ sở dữ liệu Thư Ký (không phải tệp SQLite); tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+15"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="-58"/>
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
        <location line="+6"/>
        <source>%1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>%1 được ghi bởi phiên bản Thư Ký mới hơn (lược đồ %2, phiên bản này chỉ biết đến %3); tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>BACKUP_FILE</source>
        <translation>TỆP_SAO_LƯU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged (%2): it is open read-only and nothing will be written to it. Restore a good backup: thuky-cli restore %3, or File → Backups in the application.</source>
        <translation>%1 bị hỏng (%2): tệp được mở chỉ để đọc và sẽ không có gì được ghi vào. Hãy khôi phục một bản sao lưu tốt: thuky-cli restore %3, hoặc Tệp → Sao lưu trong ứng dụng.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+52"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Không kết nối được máy chủ %1: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The server database %1 belongs to another application, not Thư Ký; it was left untouched</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ thuộc ứng dụng khác, không phải Thư Ký; cơ sở dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server database %1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ được ghi bởi phiên bản Thư Ký mới hơn (lược đồ %2, phiên bản này chỉ biết đến %3); cơ sở dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>Không sao lưu được %1 trước khi nâng cấp: %2</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseActions</name>
    <message>
        <location filename="../../ui/shell/databaseactions.cpp" line="+45"/>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recent databases</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bac&amp;kups…</source>
        <translation>Sa&amp;o lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Nhập tệp trao đổi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exchange file imported</source>
        <translation>Đã nhập tệp trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 kept as they are here.</source>
        <translation>%1 mới, %2 cập nhật, %3 không đổi, %4 giữ nguyên như ở đây.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư Ký databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Thư Ký (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose another name, or open it with File → Open database.</source>
        <translation>%1 đã có. Hãy chọn tên khác, hoặc mở tệp đó bằng Tệp → Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư Ký could not be started again on %1.</source>
        <translation>Không mở lại được Thư Ký với %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists: a backup never replaces a file.</source>
        <translation>%1 đã có: bản sao lưu không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was written to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Thư Ký. Restart now?</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở Thư Ký sau. Khởi động lại ngay?</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseCommand</name>
    <message>
        <location filename="../../ui/common/databasecommand.cpp" line="+85"/>
        <source>“%1” could not be applied: %2</source>
        <translation>Không thực hiện được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseCopy</name>
    <message>
        <location filename="../../core/db/databasecopy.cpp" line="+429"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Hai cơ sở dữ liệu có phiên bản lược đồ khác nhau (%1 và %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target database already holds records; copy only into an empty one.</source>
        <translation>Cơ sở dữ liệu đích đã có dữ liệu; chỉ sao chép vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 row %2 points to a missing %3 record</source>
        <translation>%1 dòng %2 trỏ đến bản ghi %3 không tồn tại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the search index does not match the reports</source>
        <translation>chỉ mục tìm kiếm không khớp với các phản ánh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the search index is damaged: reading it stopped the check</source>
        <translation>chỉ mục tìm kiếm bị hỏng: việc đọc nó đã làm dừng phép kiểm tra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the search index could not be checked: the database is busy or cannot be written</source>
        <translation>không kiểm tra được chỉ mục tìm kiếm: cơ sở dữ liệu đang bận hoặc không ghi được</translation>
    </message>
</context>
<context>
    <name>thuky::DemoGenerator</name>
    <message>
        <location filename="../../core/demo/demo.cpp" line="+248"/>
        <source>The database already holds records; the demo data set only fills an empty database.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; bộ dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>thuky::DissolveCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="-34"/>
        <source>Dissolve %1 on %2</source>
        <translation>Giải thể %1 ngày %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolve %1 on %2 into %3</source>
        <translation>Giải thể %1 ngày %2, hợp nhất vào %3</translation>
    </message>
</context>
<context>
    <name>thuky::DissolveCommitteeDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="+43"/>
        <source>Dissolve a committee</source>
        <translation>Giải thể ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Into a successor, which its members join the next day:</source>
        <translation>&amp;Hợp nhất vào ban kế tục (thành viên chuyển sang từ ngày hôm sau):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its members&apos; roles end on its last day. Its meetings, minutes and tasks stay, readable and printable.</source>
        <translation>Chức vụ của các thành viên kết thúc vào ngày cuối cùng. Các cuộc họp, biên bản và nhiệm vụ vẫn được giữ, xem và in được.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committee:</source>
        <translation>Ban chỉ đạo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>Ngày &amp;cuối cùng:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No other committee is in office on %1: dissolve without a successor, or form the successor first.</source>
        <translation>Không có ban chỉ đạo nào khác hoạt động ngày %1: hãy giải thể không có ban kế tục, hoặc thành lập ban kế tục trước.</translation>
    </message>
</context>
<context>
    <name>thuky::DocumentExport</name>
    <message>
        <location filename="../../ui/common/documentexport.cpp" line="+34"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list as it is shown, with a preview first</source>
        <translation>In danh sách đang hiển thị, có xem trước khi in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the printed list as a PDF file</source>
        <translation>Lưu danh sách in thành tệp PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;ODT…</source>
        <translation>Lưu thành &amp;ODT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the printed list as an OpenDocument text (LibreOffice, Word)</source>
        <translation>Lưu danh sách in thành văn bản OpenDocument (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A printed list is saved as .pdf or .odt.</source>
        <translation>Danh sách in được lưu dưới dạng .pdf hoặc .odt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the list to %1.</source>
        <translation>Đã lưu danh sách vào %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as ODT</source>
        <translation>Lưu thành ODT</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Roster — print preview</source>
        <translation>Danh sách thành viên — xem trước khi in</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Task list — print preview</source>
        <translation>Danh sách nhiệm vụ — xem trước khi in</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opinion reports — print preview</source>
        <translation>Danh sách phản ánh — xem trước khi in</translation>
    </message>
</context>
<context>
    <name>thuky::EditDialog</name>
    <message>
        <location filename="../../ui/common/editdialog.cpp" line="+120"/>
        <source>“%1” is not a date; type it as DD/MM/YYYY, e.g. 17/07/2024.</source>
        <translation>“%1” không phải ngày; hãy gõ theo dạng DD/MM/YYYY, ví dụ 17/07/2024.</translation>
    </message>
</context>
<context>
    <name>thuky::EditMeetingForm</name>
    <message>
        <location filename="../../ui/meetings/editmeetingform.cpp" line="+16"/>
        <source>Edit meeting form</source>
        <translation>Sửa nội dung hội nghị</translation>
    </message>
</context>
<context>
    <name>thuky::EditOpinionReport</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="-109"/>
        <source>Edit report “%1”</source>
        <translation>Sửa phản ánh “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::EditPerson</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="-36"/>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+189"/>
        <source>End %1</source>
        <translation>Kết thúc %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a unit that is not merged into another: it stops on its last day, and its reports keep its name. The units under it must be merged or moved first.</source>
        <translation>Dành cho đơn vị không sáp nhập vào đơn vị khác: đơn vị chấm dứt vào ngày cuối cùng, các phản ánh vẫn giữ tên đơn vị. Các đơn vị trực thuộc phải được sáp nhập hoặc chuyển trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>Ngày &amp;cuối cùng:</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembership</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+79"/>
        <source>End the membership of %1</source>
        <translation>Thôi giữ chức vụ: %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembershipDialog</name>
    <message>
        <location filename="../../ui/roster/endmembershipdialog.cpp" line="+15"/>
        <source>End membership</source>
        <translation>Thôi giữ chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, từ ngày %3</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../core/db/exchange.cpp" line="+686"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: không ghi được: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: không đọc được: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1:1: not a Thư Ký exchange file</source>
        <translation>%1:1: không phải tệp trao đổi dữ liệu của Thư Ký</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a whole number</source>
        <translation>%1 phải là số nguyên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is out of range</source>
        <translation>%1: %2 nằm ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be text</source>
        <translation>%1 phải là văn bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too long or holds a NUL character</source>
        <translation>%1 quá dài hoặc chứa ký tự NUL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not be empty</source>
        <translation>%1 không được để trống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a date between %3 and %4</source>
        <translation>%1: &quot;%2&quot; không phải là ngày trong khoảng %3 đến %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a date and time</source>
        <translation>%1: &quot;%2&quot; không phải là ngày giờ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a timestamp</source>
        <translation>%1: &quot;%2&quot; không phải là mốc thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 là thời điểm trong tương lai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; không thuộc %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1: &quot;%2&quot; không phải là UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a quarter (YYYY-Qn)</source>
        <translation>%1: &quot;%2&quot; không phải là quý (YYYY-Qn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a period (2024-Q2, 2024-H1, 2024)</source>
        <translation>%1: &quot;%2&quot; không phải là kỳ (2024-Q2, 2024-H1, 2024)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown field %1</source>
        <translation>trường không xác định %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is before %2</source>
        <translation>%1 trước %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>approved minutes need their number</source>
        <translation>biên bản đã duyệt phải có số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quarter %1 does not match the date %2</source>
        <translation>quý %1 không khớp với ngày %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 must be a list</source>
        <translation>%1 phải là một danh sách</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must hold records</source>
        <translation>%1 phải chứa các bản ghi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a person is listed twice</source>
        <translation>%1: một người được ghi hai lần</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more problems</source>
        <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The passphrase must not be empty.</source>
        <translation>Cụm mật khẩu không được để trống.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1:1: the exchange file lacks its version or tables</source>
        <translation>%1:1: tệp trao đổi thiếu phiên bản hoặc các bảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:1: an exchange file of format %2; this version reads format %3</source>
        <translation>%1:1: tệp trao đổi định dạng %2; phiên bản này đọc định dạng %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:1: unknown table %2</source>
        <translation>%1:1: bảng không xác định %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: not a list of records</source>
        <translation>%1:%2: không phải là danh sách bản ghi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: not a record</source>
        <translation>%1: không phải là bản ghi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uuid is missing or not a UUID</source>
        <translation>uuid bị thiếu hoặc không phải là UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds this record twice</source>
        <translation>tệp chứa bản ghi này hai lần</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row_version must be a positive whole number</source>
        <translation>row_version phải là số nguyên dương</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: wrong passphrase for this exchange file</source>
        <translation>%1: sai cụm mật khẩu của tệp trao đổi này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: the exchange file is damaged</source>
        <translation>%1:1: tệp trao đổi bị hỏng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:1: written by a newer version of Thư Ký</source>
        <translation>%1:1: được ghi bởi phiên bản Thư Ký mới hơn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 refers to a %3 record that is neither in the file nor in the database</source>
        <translation>%1: %2 trỏ tới một bản ghi %3 không có trong tệp lẫn trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>%1: the minutes &quot;%2&quot; are approved and locked here; the file would change them</source>
        <translation>%1: biên bản &quot;%2&quot; đã được duyệt và khóa ở đây; tệp sẽ làm thay đổi biên bản</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: the task &quot;%2&quot; belongs to approved, locked minutes here; the file would change its wording, owner or due date</source>
        <translation>%1: nhiệm vụ &quot;%2&quot; thuộc biên bản đã duyệt và khóa ở đây; tệp sẽ làm thay đổi nội dung, người thực hiện hoặc hạn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; was changed here (%3, %4) and in the file (%5, %6) since the last exchange; choose which to keep (--prefer incoming|local)</source>
        <translation>%1: &quot;%2&quot; đã được sửa ở đây (%3, %4) và trong tệp (%5, %6) kể từ lần trao đổi trước; hãy chọn bản giữ lại (--prefer incoming|local)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: the task &quot;%2&quot; belongs to approved, locked minutes here</source>
        <translation>%1: nhiệm vụ &quot;%2&quot; thuộc biên bản đã duyệt và khóa ở đây</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: the record was changed here while importing; try again</source>
        <translation>%1: bản ghi đã bị sửa ở đây trong lúc nhập; hãy thử lại</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: the committee would have two holders of the role %2 on the same date (the other: %3)</source>
        <translation>%1: ban sẽ có hai người giữ vai trò %2 trong cùng một ngày (người kia: %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the database refused the record: %2</source>
        <translation>%1: cơ sở dữ liệu từ chối bản ghi: %2</translation>
    </message>
</context>
<context>
    <name>thuky::ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/exchange/exchangedialog.cpp" line="+34"/>
        <location line="+61"/>
        <source>Import an exchange file</source>
        <translation>Nhập tệp trao đổi</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase the district sealed the file with.</source>
        <translation>Cụm mật khẩu mà đơn vị gửi đã dùng để niêm phong tệp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file and type its passphrase, then Check.</source>
        <translation>Chọn tệp và gõ cụm mật khẩu, rồi bấm Kiểm tra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed here</source>
        <translation>Sửa ở đây</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed in the file</source>
        <translation>Sửa trong tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Giữ bản</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exchange files (*.thuky-exchange);;All files (*)</source>
        <translation>Tệp trao đổi (*.thuky-exchange);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong passphrase: %1</source>
        <translation>Sai cụm mật khẩu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>The file was refused; nothing was written.
%1</source>
        <translation>Tệp bị từ chối; chưa ghi gì.
%1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 changed both here and in the file since the last exchange. Nothing is written until you import.</source>
        <translation>%1 mới, %2 cập nhật, %3 không đổi, %4 đã bị sửa cả ở đây lẫn trong tệp kể từ lần trao đổi trước. Chưa ghi gì cho đến khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ours (as it is here)</source>
        <translation>Của ta (như ở đây)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (from the file)</source>
        <translation>Của họ (theo tệp)</translation>
    </message>
</context>
<context>
    <name>thuky::FirstStartDialog</name>
    <message>
        <location filename="../../ui/shell/firststartdialog.cpp" line="+23"/>
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
        <location line="+78"/>
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
    <name>thuky::HelpWindow</name>
    <message>
        <location filename="../../ui/help/helpwindow.cpp" line="+102"/>
        <location line="+209"/>
        <source>Thư Ký — User guide</source>
        <translation>Thư Ký — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+50"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in page</source>
        <translation>Tìm trong trang</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find in this page (diacritics optional)</source>
        <translation>Tìm trong trang này (có thể gõ không dấu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Chỗ tìm thấy trước (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Chỗ tìm thấy tiếp theo (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Đóng thanh tìm (Esc)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 — Thư Ký user guide</source>
        <translation>%1 — Hướng dẫn sử dụng Thư Ký</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>thuky::HistoryModel</name>
    <message>
        <location filename="../../ui/roster/historymodel.cpp" line="+48"/>
        <source>current</source>
        <translation>hiện nay</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>thuky::HomeView</name>
    <message>
        <location filename="../../ui/home/homeview.cpp" line="+75"/>
        <source>The home page could not be read: %1</source>
        <translation>Không đọc được số liệu của trang chủ: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter &amp;reports…</source>
        <translation>Nhập &amp;phản ánh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;meeting…</source>
        <translation>Hội nghị &amp;mới…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Getting started</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports this quarter</source>
        <translation>Phản ánh trong quý</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next meeting</source>
        <translation>Hội nghị sắp tới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last meeting</source>
        <translation>Hội nghị gần nhất</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All reports</source>
        <translation>Tất cả phản ánh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All meetings and tasks</source>
        <translation>Tất cả hội nghị và nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks to follow up</source>
        <translation>Nhiệm vụ cần theo dõi</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Q%1 %2</source>
        <comment>quarter and year; Vietnamese: Quý %1/%2 (the quarter is in Roman numerals)</comment>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/home/homeviewfill.cpp" line="+47"/>
        <source>This database holds no records yet. Three steps get you going:</source>
        <translation>Cơ sở dữ liệu chưa có dữ liệu nào. Bắt đầu với ba bước sau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the work has not started yet:</source>
        <translation>Còn một số việc chưa bắt đầu:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Set up the organisation</source>
        <translation>1. Thiết lập tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your committee, its localities and its members in the Roster.</source>
        <translation>Thêm ban chỉ đạo, địa bàn và thành viên trong mục Danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Enter or import reports</source>
        <translation>2. Nhập phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the collaborators&apos; reports, or import a spreadsheet of them, in Opinion reports.</source>
        <translation>Nhập từng phản ánh của cộng tác viên, hoặc nhập cả bảng tính, trong mục Phản ánh dư luận.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Record a meeting</source>
        <translation>3. Ghi một hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a meeting, its attendance and conclusions, then print its minutes.</source>
        <translation>Nhập hội nghị, thành phần dự và kết luận, rồi in biên bản.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reports observed in %1, to %2</source>
        <translation>phản ánh ghi nhận trong %1, đến ngày %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 in all, %3 by %4</source>
        <translation>%1: tổng số %2, đến ngày %4 là %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change against the same day of the last quarter: %1 (%2%)</source>
        <translation>So với cùng thời điểm quý trước: %1 (%2%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change against the same day of the last quarter: %1</source>
        <translation>So với cùng thời điểm quý trước: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today at %1</source>
        <translation>Hôm nay, lúc %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 at %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 lúc %2, còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No meeting is planned.</source>
        <translation>Chưa có hội nghị nào được lên lịch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the next meeting</source>
        <translation>Lên lịch hội nghị tiếp theo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes approved, No. %1</source>
        <translation>Biên bản đã duyệt, số %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are still a draft: check and approve them.</source>
        <translation>Biên bản còn là dự thảo: cần kiểm tra và duyệt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting has been recorded yet.</source>
        <translation>Chưa có hội nghị nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports waiting longest for an answer (%1)</source>
        <translation>Phản ánh chờ trả lời lâu nhất (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New or forwarded reports observed %n day(s) ago or earlier and not yet answered, the oldest first.</source>
        <translation>
            <numerusform>Phản ánh mới hoặc đã chuyển, ghi nhận từ %n ngày trước trở lên mà chưa được trả lời; cũ nhất xếp trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forwarded to %1 on %2</source>
        <translation>Đã chuyển %1 ngày %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+35"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>No report has been waiting %n day(s) or more.</source>
        <translation>
            <numerusform>Không có phản ánh nào chờ từ %n ngày trở lên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report has been entered yet.</source>
        <translation>Chưa có phản ánh nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task is overdue.</source>
        <translation>Không có nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week, to %1 (%2)</source>
        <translation>Đến hạn trong tuần, tới ngày %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No task is due this week.</source>
        <translation>Không có nhiệm vụ đến hạn trong tuần.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Assigned at: %2 (%3)</source>
        <translation>%1
Giao tại: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>thuky::ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/opinions/importpreviewdialog.cpp" line="+64"/>
        <location line="+3"/>
        <source>%1 (new)</source>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate</source>
        <translation>trùng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Chiều hướng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import opinion reports — %1</source>
        <translation>Nhập phản ánh — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create localities, topics and reporters the database does not know yet</source>
        <translation>&amp;Tạo địa bàn, lĩnh vực và người báo cáo chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip rows equal to a report already in the database (same date, locality, topic and summary)</source>
        <translation>&amp;Bỏ qua dòng trùng với phản ánh đã có (cùng ngày, địa bàn, lĩnh vực và nội dung)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Problems (nothing is written while there is an error):</source>
        <translation>&amp;Vấn đề (chưa ghi gì khi còn lỗi):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Các dòng:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, or tick “%2” to add it</source>
        <translation>%1, hoặc đánh dấu ô “%2” để thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (warning): %2</source>
        <translation>Dòng %1 (cảnh báo): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>new localities: %1</source>
        <translation>địa bàn mới: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new topics: %1</source>
        <translation>lĩnh vực mới: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new reporters: %1</source>
        <translation>người báo cáo mới: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new agencies: %1</source>
        <translation>cơ quan mới: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No problem found.</source>
        <translation>Không có vấn đề.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln dòng dữ liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln report(s) will be imported</source>
        <translation>
            <numerusform>sẽ nhập %Ln phản ánh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>bỏ qua %Ln dòng trùng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Importing reports…</source>
        <translation>Đang nhập phản ánh…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Building the indexes…</source>
        <translation>Đang lập chỉ mục…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the search index…</source>
        <translation>Đang lập chỉ mục tìm kiếm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
</context>
<context>
    <name>thuky::ImportReports</name>
    <message numerus="yes">
        <location filename="../../ui/opinions/importreports.cpp" line="+17"/>
        <source>Import %Ln report(s)</source>
        <translation>
            <numerusform>Nhập %Ln phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::ImportRoster</name>
    <message numerus="yes">
        <location filename="../../ui/roster/rosterimportcommand.cpp" line="+16"/>
        <source>Import %Ln membership(s)</source>
        <translation>
            <numerusform>Nhập %Ln chức danh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::LazyLibrary</name>
    <message>
        <location filename="../../core/db/lazylibrary.cpp" line="+20"/>
        <source>%1 cannot be loaded (install the Debian package %2): %3</source>
        <translation>Không nạp được %1 (hãy cài gói Debian %2): %3</translation>
    </message>
</context>
<context>
    <name>thuky::LocalitiesDialog</name>
    <message>
        <location filename="../../ui/roster/localitiesdialog.cpp" line="+49"/>
        <source>Localities</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;history (ended and merged units)</source>
        <translation>Hiện &amp;lịch sử (đơn vị đã kết thúc, đã sáp nhập)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged on</source>
        <translation>Ngày sáp nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+131"/>
        <source>History of the selected unit:</source>
        <translation>Lịch sử đơn vị đang chọn:</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Add &amp;province…</source>
        <translation>Thêm tỉ&amp;nh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Thêm đơn vị t&amp;rực thuộc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Đổi t&amp;ên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Sáp nhập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Chuyển…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End…</source>
        <translation>&amp;Kết thúc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected unit without a successor (a district in 2025)</source>
        <translation>Kết thúc đơn vị đang chọn, không có đơn vị kế tục (như cấp huyện năm 2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a district or commune under the selected unit</source>
        <translation>Thêm huyện hoặc xã trực thuộc đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected units into one on a date (Ctrl+click selects several)</source>
        <translation>Sáp nhập các đơn vị đang chọn thành một từ một ngày (Ctrl+nhấp để chọn nhiều)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the selected unit under another on a date</source>
        <translation>Chuyển đơn vị đang chọn về trực thuộc đơn vị khác từ một ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Merged into %1 on %2</source>
        <translation>Sáp nhập vào %1 ngày %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in existence on %1</source>
        <translation>Không tồn tại vào ngày %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>History of %1:</source>
        <translation>Lịch sử của %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: formed</source>
        <translation>%1: thành lập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formed</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 merged into it</source>
        <translation>%1: %2 sáp nhập vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: merged into %2</source>
        <translation>%1: sáp nhập vào %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ended (its last day)</source>
        <translation>%1: kết thúc (ngày cuối cùng)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rename a locality</source>
        <translation>Đổi tên địa bàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>Tên mới của %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality %1</source>
        <translation>Địa bàn %1</translation>
    </message>
</context>
<context>
    <name>thuky::LocalityEdits</name>
    <message>
        <location filename="../../core/opinions/localityedits.cpp" line="+24"/>
        <location line="+22"/>
        <source>The locality does not exist.</source>
        <translation>Địa bàn không tồn tại.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The locality needs a name.</source>
        <translation>Địa bàn cần có tên.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reports were made in this locality: it cannot be deleted (rename it instead).</source>
        <translation>Đã có phản ánh ở địa bàn này nên không thể xóa (hãy đổi tên).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The locality has localities under it: delete those first.</source>
        <translation>Địa bàn có địa bàn cấp dưới: hãy xóa chúng trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other localities were merged into this one: it cannot be deleted.</source>
        <translation>Đã có địa bàn khác sáp nhập vào địa bàn này nên không thể xóa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A committee belongs to this locality: it cannot be deleted.</source>
        <translation>Có ban chỉ đạo thuộc địa bàn này nên không thể xóa.</translation>
    </message>
</context>
<context>
    <name>thuky::LoginDialog</name>
    <message>
        <location filename="../../ui/shell/logindialog.cpp" line="+29"/>
        <source>Sign in to Thư Ký</source>
        <translation>Đăng nhập Thư Ký</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database has users. Sign in to continue.</source>
        <translation>Cơ sở dữ liệu này có người dùng. Hãy đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You may sign in again now.</source>
        <translation>Bây giờ bạn có thể đăng nhập lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many failed sign-ins with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần với tên này. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::MainWindow</name>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="+46"/>
        <source>Thư Ký — %1</source>
        <translation>Thư Ký — %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Home</source>
        <translation>Trang &amp;chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roster</source>
        <translation>&amp;Danh sách thành viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opinion reports</source>
        <translation>&amp;Phản ánh dư luận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charts &amp;&amp; reports</source>
        <translation>&amp;Biểu đồ &amp;&amp; báo cáo</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+4"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Tìm kiếm toàn bộ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Audit log…</source>
        <translation>Nhật &amp;ký thay đổi…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Thư Ký</source>
        <translation>&amp;Giới thiệu Thư Ký</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Thư Ký. Restart now?</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động Thư Ký tiếp theo. Khởi động lại ngay?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Thư Ký</source>
        <translation>Giới thiệu Thư Ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s tool for steering committees: the committee roster, meetings and their minutes, opinion reports, charts and periodic reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;Công cụ của tổ thư ký ban chỉ đạo: danh sách thành viên, hội nghị và biên bản, phản ánh dư luận xã hội, biểu đồ và báo cáo định kỳ.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Updated by another program</source>
        <translation>Đã cập nhật bởi chương trình khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated from another workstation</source>
        <translation>Đã cập nhật từ máy khác</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingForm</name>
    <message>
        <location filename="../../ui/meetings/meetingform.cpp" line="+118"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and speakers</source>
        <translation>Chương trình và phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>One online bridge point per line</source>
        <translation>Mỗi dòng một điểm cầu trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One invited guest per line</source>
        <translation>Mỗi dòng một đại biểu mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One document per line</source>
        <translation>Mỗi dòng một tài liệu</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>e.g. II/2024, 2024-Q2 or 2024</source>
        <translation>ví dụ: II/2024, 2024-Q2 hoặc 2024</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting ID:</source>
        <translation>Mã hội nghị:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội nghị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lace:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hairs:</source>
        <translation>Người &amp;chủ trì:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recorder:</source>
        <translation>Người &amp;ghi biên bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bridge points:</source>
        <translation>Điểm &amp;cầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests:</source>
        <translation>Đại biểu &amp;mời:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents:</source>
        <translation>Tài &amp;liệu:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The number the command line knows the meeting by (thuky-cli minutes ID prints its minutes).</source>
        <translation>Mã số của hội nghị khi dùng dòng lệnh (lệnh thuky-cli minutes MÃ in biên bản hội nghị).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of meeting this is; the suggested title follows it.</source>
        <translation>Loại hội nghị; tên gợi ý đi theo loại hội nghị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period the meeting reviews: a quarter (II/2024 or 2024-Q2), a half year (2024-H1) or a year (2024).</source>
        <translation>Kỳ mà hội nghị đánh giá: một quý (II/2024 hoặc 2024-Q2), sáu tháng (2024-H1) hoặc một năm (2024).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title printed on the minutes. It follows the kind and the period until you type a title of your own.</source>
        <translation>Tên in trên biên bản. Tên tự đổi theo loại và kỳ hội nghị cho đến khi bạn tự gõ tên khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the meeting (DD/MM/YYYY).</source>
        <translation>Ngày họp (NN/TT/NNNN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the meeting starts (HH:MM).</source>
        <translation>Giờ bắt đầu (GG:PP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the meeting ends (HH:MM); the minutes print it.</source>
        <translation>Giờ kết thúc (GG:PP); biên bản có ghi giờ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the meeting is held.</source>
        <translation>Nơi tổ chức hội nghị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who chairs the meeting: tick one or more members (Space ticks the highlighted one).</source>
        <translation>Người chủ trì hội nghị: đánh dấu một hoặc nhiều thành viên (phím cách đánh dấu dòng đang chọn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member who keeps the minutes.</source>
        <translation>Thành viên ghi biên bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The online bridge points connected to the meeting, one per line.</source>
        <translation>Các điểm cầu trực tuyến kết nối với hội nghị, mỗi dòng một điểm cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited guests who are not members, one per line.</source>
        <translation>Đại biểu mời không phải thành viên, mỗi dòng một đại biểu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents handed out or discussed, one per line.</source>
        <translation>Tài liệu phát hoặc thảo luận tại hội nghị, mỗi dòng một tài liệu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter or Insert adds a row; Tab goes to the next cell; Delete removes the selected rows; Ctrl+V of several lines adds one row per line. Enter in an empty row ends the list.</source>
        <translation>Enter hoặc Insert thêm một dòng; Tab sang ô tiếp theo; Delete xóa các dòng đang chọn; Ctrl+V nhiều dòng sẽ thêm mỗi dòng một hàng. Nhấn Enter ở một dòng trống để kết thúc danh sách.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add attendee</source>
        <translation>Thêm người dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a member of the committee to the list (Insert).</source>
        <translation>Thêm một thành viên của Ban Chỉ đạo vào danh sách (Insert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attendee</source>
        <translation>Bỏ người dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected rows (Delete).</source>
        <translation>Xóa các dòng đang chọn (Delete).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefill from the roster</source>
        <translation>&amp;Lấy từ danh sách thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the committee&apos;s official delegates on the meeting date, all present.</source>
        <translation>Lập danh sách đại biểu chính thức của Ban Chỉ đạo vào ngày họp, tất cả có mặt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add agenda &amp;item</source>
        <translation>Thêm nội dung &amp;chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an agenda item below the selected one (Insert).</source>
        <translation>Thêm một nội dung chương trình dưới dòng đang chọn (Insert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove agenda item</source>
        <translation>Bỏ nội dung chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected agenda items (Delete).</source>
        <translation>Xóa các nội dung chương trình đang chọn (Delete).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;speaker</source>
        <translation>Thêm người &amp;phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a speaker below the selected one (Insert). Type part of a name to pick a person of the roster, or a guest&apos;s full name.</source>
        <translation>Thêm một người phát biểu dưới dòng đang chọn (Insert). Gõ một phần họ tên để chọn người trong danh sách thành viên, hoặc gõ đủ họ tên của khách mời.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove speaker</source>
        <translation>Bỏ người phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected speakers (Delete).</source>
        <translation>Xóa những người phát biểu đang chọn (Delete).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chair&apos;s conclusion as the minutes print it. Ctrl+B bold, Ctrl+I italic; Ctrl+PgDown goes on to the tasks.</source>
        <translation>Kết luận của chủ trì như in trong biên bản. Ctrl+B chữ đậm, Ctrl+I chữ nghiêng; Ctrl+PgDown sang phần nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add &amp;task</source>
        <translation>Thêm &amp;nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a task below the selected one (Insert); it is due a month after the meeting unless you type another date.</source>
        <translation>Thêm một nhiệm vụ dưới dòng đang chọn (Insert); hạn là một tháng sau ngày họp nếu không gõ ngày khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove task</source>
        <translation>Bỏ nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected tasks (Delete).</source>
        <translation>Xóa các nhiệm vụ đang chọn (Delete).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks of earlier meetings of the committee still open on this meeting&apos;s date; overdue ones in red.</source>
        <translation>Nhiệm vụ của các hội nghị trước còn chưa xong vào ngày họp này; nhiệm vụ quá hạn hiện màu đỏ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks of earlier meetings for follow-up:</source>
        <translation>Nhiệm vụ của các hội nghị trước cần theo dõi:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (thuky-cli minutes %1)</source>
        <translation>%1 (thuky-cli minutes %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given when the meeting is first saved</source>
        <translation>được cấp khi lưu hội nghị lần đầu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2, hạn %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>không có hạn</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingKinds</name>
    <message>
        <location filename="../../core/meetings/meeting.cpp" line="+27"/>
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
    <name>thuky::MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/meetinglistmodel.cpp" line="+50"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingListPane</name>
    <message>
        <location filename="../../ui/meetings/meetinglistpane.cpp" line="+35"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Ban chỉ đạo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts and approved</source>
        <translation>Dự thảo và đã duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingRepository</name>
    <message>
        <location filename="../../core/meetings/meetingrepository.cpp" line="+111"/>
        <source>The meeting needs an existing committee.</source>
        <translation>Hội nghị phải thuộc một ban chỉ đạo đã có.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown meeting kind %1.</source>
        <translation>Không rõ loại hội nghị %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting needs a title.</source>
        <translation>Hội nghị cần có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting needs a start date and time.</source>
        <translation>Hội nghị cần có ngày giờ bắt đầu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Hội nghị không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period is a quarter (2024-Q2) or a year (2024).</source>
        <translation>Kỳ là một quý (2024-Q2) hoặc một năm (2024).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A chair is not in the roster.</source>
        <translation>Có người chủ trì không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chair is listed twice.</source>
        <translation>Có người chủ trì bị ghi hai lần.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recorder is not in the roster.</source>
        <translation>Người ghi biên bản không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
        <source>A task needs an owner (person or unit).</source>
        <translation>Nhiệm vụ cần có người hoặc đơn vị thực hiện.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown task status %1.</source>
        <translation>Không rõ trạng thái nhiệm vụ %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task&apos;s owner is not in the roster.</source>
        <translation>Người thực hiện nhiệm vụ không có trong danh sách thành viên.</translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+24"/>
        <location line="+157"/>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>The minutes are approved and locked; reopen them to make changes.</source>
        <translation>Biên bản đã được duyệt và khóa; hãy mở lại để sửa.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The meeting no longer exists.</source>
        <translation>Hội nghị không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name the chair and the recorder before approving the minutes.</source>
        <translation>Ghi người chủ trì và người ghi biên bản trước khi duyệt biên bản.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only approved minutes can be reopened.</source>
        <translation>Chỉ mở lại được biên bản đã duyệt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Ghi lý do mở lại biên bản đã duyệt.</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingTaskModel</name>
    <message>
        <location filename="../../ui/meetings/meetingtaskmodel.cpp" line="+47"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due (DD/MM/YYYY)</source>
        <translation>Hạn (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingsView</name>
    <message>
        <location filename="../../ui/meetings/meetingsview.cpp" line="+76"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Hội nghị mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the pre&amp;vious meeting</source>
        <translation>Lấy từ hội nghị &amp;trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the attendance list, the agenda&apos;s titles and the invited guests of the previous meeting of this kind.</source>
        <translation>Chép danh sách tham dự, các nội dung chương trình và đại biểu mời của hội nghị cùng loại lần trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Lưu hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve minutes</source>
        <translation>&amp;Duyệt biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen minutes…</source>
        <translation>&amp;Mở lại biên bản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export minutes as &amp;PDF…</source>
        <translation>Xuất biên bản ra &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export minutes as &amp;ODT…</source>
        <translation>Xuất biên bản ra &amp;ODT…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>These minutes are approved and locked: they can be read, printed and copied. To change them, reopen them (Reopen minutes…); the reopening is recorded in the audit log.</source>
        <translation>Biên bản này đã duyệt và đã khóa: có thể xem, in và sao chép. Muốn sửa, hãy mở lại biên bản (Mở lại biên bản…); việc mở lại được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;No meeting is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a meeting in the list to read or edit it, or start a new one: &lt;i&gt;New meeting&lt;/i&gt; (Ctrl+N), then &lt;i&gt;Start from the previous meeting&lt;/i&gt; to copy its attendance list, agenda and guests.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chưa mở hội nghị nào.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chọn một hội nghị trong danh sách để xem hoặc sửa, hoặc tạo hội nghị mới: &lt;i&gt;Hội nghị mới&lt;/i&gt; (Ctrl+N), rồi &lt;i&gt;Lấy từ hội nghị trước&lt;/i&gt; để chép danh sách tham dự, chương trình và đại biểu mời.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1 — approved, No. %2-BB/BCĐ</source>
        <translation>%1 — đã duyệt, Số %2-BB/BCĐ</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>The meeting “%1”</source>
        <translation>Hội nghị “%1”</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The minutes are approved as No. %1-BB/BCĐ and locked.</source>
        <translation>Biên bản đã được duyệt với Số %1-BB/BCĐ và khóa lại.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>%1 — draft</source>
        <translation>%1 — dự thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting (not saved yet)</source>
        <translation>Hội nghị mới (chưa lưu)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Restored changes that were not saved (from %1). Save them, or reopen the meeting to discard them.</source>
        <translation>Đã khôi phục các thay đổi chưa lưu (từ %1). Hãy lưu lại, hoặc mở lại hội nghị để bỏ các thay đổi đó.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The minutes are open for changes again; the reopening is recorded in the audit log.</source>
        <translation>Biên bản đã được mở lại để sửa; việc mở lại được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve minutes</source>
        <translation>Duyệt biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the minutes of “%1”?</source>
        <translation>Duyệt biên bản “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They get the committee&apos;s next minutes number and are locked: changing them afterwards needs a reopening, which is recorded in the audit log.</source>
        <translation>Biên bản sẽ được cấp số tiếp theo của Ban Chỉ đạo và bị khóa: muốn sửa sau đó phải mở lại biên bản, việc này được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no earlier meeting of this kind in this committee to start from.</source>
        <translation>Ban Chỉ đạo chưa có hội nghị cùng loại nào trước đó để lấy lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started from “%1” of %2: its attendance list, agenda and invited guests.</source>
        <translation>Đã lấy từ “%1” ngày %2: danh sách tham dự, chương trình và đại biểu mời.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reopen approved minutes</source>
        <translation>Mở lại biên bản đã duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the approved minutes reopened? (recorded in the audit log)</source>
        <translation>Lý do mở lại biên bản đã duyệt (được ghi vào nhật ký):</translation>
    </message>
</context>
<context>
    <name>thuky::MemberTableModel</name>
    <message>
        <location filename="../../ui/roster/membertablemodel.cpp" line="+96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>thuky::MergeLocalities</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+101"/>
        <source>Merge %1 into %2 on %3</source>
        <translation>Sáp nhập %1 vào %2 ngày %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge %1 into the new unit %2 on %3</source>
        <translation>Sáp nhập %1 thành đơn vị mới %2 ngày %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move %1 under %2 on %3</source>
        <translation>Chuyển %1 về trực thuộc %2 ngày %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End %1 on %2</source>
        <translation>Kết thúc %1 ngày %2</translation>
    </message>
</context>
<context>
    <name>thuky::MergeLocalitiesDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="-184"/>
        <source>Merge localities</source>
        <translation>Sáp nhập địa bàn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Into an &amp;existing unit:</source>
        <translation>Vào đơn vị đã &amp;có:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into a ne&amp;w unit named:</source>
        <translation>Thành đơn vị &amp;mới tên là:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. xã Mỹ Hòa Hưng</source>
        <translation>ví dụ: xã Mỹ Hòa Hưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The units end the day before. Their reports, meetings and committees keep the unit they were made under, and count under the merged unit when charts roll up.</source>
        <translation>Các đơn vị kết thúc vào ngày hôm trước. Phản ánh, cuộc họp và ban chỉ đạo vẫn giữ đơn vị cũ, và được tính vào đơn vị sau sáp nhập khi biểu đồ gộp theo đơn vị hiện nay.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge:</source>
        <translation>Sáp nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day of the merged unit:</source>
        <translation>&amp;Ngày đầu của đơn vị sau sáp nhập:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Give the name of the new unit.</source>
        <translation>Hãy nhập tên đơn vị mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the unit to merge into.</source>
        <translation>Hãy chọn đơn vị được sáp nhập vào.</translation>
    </message>
</context>
<context>
    <name>thuky::MinutesExport</name>
    <message>
        <location filename="../../ui/meetings/minutesexport.cpp" line="+21"/>
        <source>Minutes are exported as .pdf or .odt.</source>
        <translation>Biên bản được xuất ra tệp .pdf hoặc .odt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the minutes to %1.</source>
        <translation>Đã xuất biên bản ra %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes — print preview</source>
        <translation>Biên bản — xem trước khi in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
</context>
<context>
    <name>thuky::MinutesWriter</name>
    <message>
        <location filename="../../core/meetings/minutes.cpp" line="+341"/>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
</context>
<context>
    <name>thuky::MoveLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+14"/>
        <source>Move %1</source>
        <translation>Chuyển %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From that day the unit belongs to its new parent; its reports made before keep the old place and roll up to the new one.</source>
        <translation>Từ ngày đó đơn vị trực thuộc đơn vị mới; phản ánh trước đó giữ nơi cũ và được gộp vào đơn vị mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place under:</source>
        <translation>&amp;Trực thuộc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the unit to place it under.</source>
        <translation>Hãy chọn đơn vị cấp trên mới.</translation>
    </message>
</context>
<context>
    <name>thuky::NameDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="-75"/>
        <source>The name cannot be empty.</source>
        <translation>Tên không được để trống.</translation>
    </message>
</context>
<context>
    <name>thuky::OdtPage</name>
    <message>
        <location filename="../../core/documents/odtpage.cpp" line="+49"/>
        <source>the document has no %1</source>
        <translation>tài liệu không có %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 of the document</source>
        <translation>không đọc được %1 của tài liệu</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the document has no body</source>
        <translation>tài liệu không có phần thân</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the document has no text</source>
        <translation>tài liệu không có nội dung văn bản</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the document&apos;s manifest is damaged</source>
        <translation>tệp kê khai (manifest) của tài liệu bị hỏng</translation>
    </message>
</context>
<context>
    <name>thuky::Opener</name>
    <message>
        <location filename="../../core/db/opener.cpp" line="+57"/>
        <location line="+2"/>
        <source>No daily backup was made: %1</source>
        <translation>Chưa tạo được bản sao lưu hằng ngày: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+29"/>
        <source>wrong user name or password</source>
        <translation>sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>too many failed sign-ins as %1: try again in %n second(s)</source>
        <translation>
            <numerusform>đăng nhập sai quá nhiều lần với tên %1: hãy thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the role %1 may not run this command</source>
        <translation>vai trò %1 không được chạy lệnh này</translation>
    </message>
</context>
<context>
    <name>thuky::OpenerDialogs</name>
    <message>
        <location filename="../../ui/shell/openerdialogs.cpp" line="+24"/>
        <source>Upgrading the database from version %1 to %2 (a backup is made first; a large database takes a minute)…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu từ phiên bản %1 lên %2 (sao lưu trước; cơ sở dữ liệu lớn mất khoảng một phút)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>Thư Ký</source>
        <translation>Thư Ký</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Không lưu được mật khẩu vào kho khóa của hệ thống: %1</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionCodes</name>
    <message>
        <location filename="../../core/opinions/opinion.cpp" line="+17"/>
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
    <name>thuky::OpinionCommand</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="-33"/>
        <source>The report no longer exists.</source>
        <translation>Phản ánh không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionDetails</name>
    <message>
        <location filename="../../ui/opinions/opiniondetails.cpp" line="+24"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;i&gt;Recommendation:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kiến nghị:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;Reporter:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Người báo cáo:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;Forwarded to&lt;/i&gt; %1 &lt;i&gt;on&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Đã chuyển đến&lt;/i&gt; %1 &lt;i&gt;ngày&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;i&gt;Answer of %1:&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Trả lời của %1:&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionEntryDialog</name>
    <message>
        <location filename="../../ui/opinions/opinionentrydialog.cpp" line="+58"/>
        <source>Edit opinion report</source>
        <translation>Sửa phản ánh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter opinion reports</source>
        <translation>Nhập phản ánh dư luận xã hội</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a few letters, e.g. long xuyen</source>
        <translation>Gõ vài chữ, ví dụ: long xuyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a few letters, e.g. dat dai</source>
        <translation>Gõ vài chữ, ví dụ: dat dai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What people are concerned about (no names of citizens). Shift+Enter starts a new line.</source>
        <translation>Điều người dân quan tâm (không ghi tên người dân). Shift+Enter để xuống dòng.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Ngày ghi nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the opinion was heard or seen, as DD/MM/YYYY; 17/07/2024, 17072024 and 17/7/24 all give the same day.</source>
        <translation>Ngày ghi nhận ý kiến, theo dạng DD/MM/YYYY; gõ 17/07/2024, 17072024 hay 17/7/24 đều cho cùng một ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Locality:</source>
        <translation>Địa &amp;bàn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commune, district or province the opinion comes from: type a few letters (diacritics optional) and pick from the list.</source>
        <translation>Xã, huyện hoặc tỉnh nơi có ý kiến: gõ vài chữ (có dấu hoặc không) rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the opinion is about: type a few letters and pick from the list of topics (Lists… adds topics).</source>
        <translation>Ý kiến về việc gì: gõ vài chữ rồi chọn trong danh sách lĩnh vực (thêm lĩnh vực ở Danh mục…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people are concerned about, in a few sentences, naming no citizen. Enter saves the report; Shift+Enter starts a new line.</source>
        <translation>Điều người dân quan tâm, vài câu, không nêu tên công dân. Enter để lưu phản ánh; Shift+Enter để xuống dòng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recomme&amp;ndation:</source>
        <translation>&amp;Kiến nghị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reporter proposes should be done (may stay empty).</source>
        <translation>Người báo cáo kiến nghị cần làm gì (có thể để trống).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the opinion reached the committee: in person, social media, the press, a meeting, the hotline or a survey.</source>
        <translation>Ý kiến đến ban chỉ đạo qua kênh nào: trực tiếp, mạng xã hội, báo chí, hội nghị, đường dây nóng hay khảo sát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;entiment:</source>
        <translation>&amp;Chiều hướng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mood of the opinion: positive, neutral, negative, or mixed (trái chiều).</source>
        <translation>Chiều hướng của ý kiến: tích cực, trung lập, tiêu cực hay trái chiều.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ur&amp;gency:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot: needs the committee&apos;s attention now; notable: to follow; normal otherwise.</source>
        <translation>Nóng: cần ban chỉ đạo quan tâm ngay; đáng chú ý: cần theo dõi; còn lại là bình thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the concern reaches: one locality, the whole province, or the country.</source>
        <translation>Phạm vi của vấn đề: một địa phương, toàn tỉnh hay toàn quốc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporter:</source>
        <translation>Người &amp;báo cáo:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The report</source>
        <translation>Phản ánh</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln report(s) saved. Enter the next one, or press Esc to close the form.</source>
        <translation>
            <numerusform>Đã lưu %Ln phản ánh. Nhập phản ánh tiếp theo, hoặc nhấn Esc để đóng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <source>&amp;Save and next</source>
        <translation>&amp;Lưu và nhập tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter saves the report and starts the next one; Esc closes the form.</source>
        <translation>Enter để lưu phản ánh và nhập tiếp; Esc để đóng.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Who reported the opinion (a person of the roster), if anyone.</source>
        <translation>Người báo cáo ý kiến (một người trong danh sách), nếu có.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the date the opinion was observed, as DD/MM/YYYY.</source>
        <translation>Gõ ngày ghi nhận theo dạng DD/MM/YYYY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; type it as DD/MM/YYYY, e.g. 07/02/2024.</source>
        <translation>“%1” không phải ngày; hãy gõ theo dạng DD/MM/YYYY, ví dụ 07/02/2024.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date is in the future.</source>
        <translation>Ngày này ở tương lai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the locality.</source>
        <translation>Hãy chọn địa bàn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no locality “%1”; choose one from the list.</source>
        <translation>Không có địa bàn “%1”; hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the topic.</source>
        <translation>Hãy chọn lĩnh vực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no topic “%1”; choose one from the list.</source>
        <translation>Không có lĩnh vực “%1”; hãy chọn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionExport</name>
    <message>
        <location filename="../../core/opinions/opinionexport.cpp" line="+60"/>
        <location line="+25"/>
        <location line="+129"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The role %1 may not export reports.</source>
        <translation>Vai trò %1 không được xuất phản ánh.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>More than %1 reports match: an Excel sheet cannot hold them. Narrow the filter or export CSV.</source>
        <translation>Có hơn %1 phản ánh phù hợp: một trang tính Excel không chứa hết. Hãy thu hẹp bộ lọc hoặc xuất ra CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Opinion reports</source>
        <translation>Phản ánh dư luận xã hội</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionFilterBar</name>
    <message>
        <location filename="../../ui/opinions/opinionfilterbar.cpp" line="+75"/>
        <source>from DD/MM/YYYY</source>
        <translation>từ DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to DD/MM/YYYY</source>
        <translation>đến DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All channels</source>
        <translation>Tất cả các kênh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sentiments</source>
        <translation>Mọi chiều hướng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All urgencies</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for an answer</source>
        <translation>Đang chờ trả lời</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sa&amp;ve filter…</source>
        <translation>&amp;Lưu bộ lọc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;all</source>
        <translation>Hiện &amp;tất cả</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ved:</source>
        <translation>Bộ lọc đã &amp;lưu:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the date as DD/MM/YYYY</source>
        <translation>Gõ ngày theo dạng DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Tên bộ lọc:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete filter</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved filter “%1”?</source>
        <translation>Xóa bộ lọc đã lưu “%1”?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Any quarter</source>
        <translation>Mọi quý</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All localities</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reporters</source>
        <translation>Tất cả người báo cáo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionImport</name>
    <message>
        <location filename="../../core/opinions/opinionimport.cpp" line="+228"/>
        <source>the column %1 appears twice</source>
        <translation>cột %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an opinion report CSV file: the first line names none of the columns date, locality, topic, summary (or ngày, địa bàn, lĩnh vực, nội dung)</source>
        <translation>không phải tệp CSV phản ánh: dòng đầu không có cột nào trong số date, locality, topic, summary (hoặc ngày, địa bàn, lĩnh vực, nội dung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the required column %1 (%2) is missing</source>
        <translation>thiếu cột bắt buộc %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignoring unknown column(s): %1</source>
        <translation>bỏ qua cột không xác định: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</source>
        <translation>có %1 trường nhưng dòng tiêu đề ghi %2 cột (trường có dấu phân cách phải đặt trong ngoặc kép)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 fields, but the header names %2 columns</source>
        <translation>chỉ có %1 trường nhưng dòng tiêu đề ghi %2 cột</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the date is missing</source>
        <translation>thiếu ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 không phải ngày hợp lệ ở cột %2 (viết YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the locality is missing</source>
        <translation>thiếu địa bàn</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>unknown locality %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>không có địa bàn %1 (kiểm tra chính tả, hoặc nhập với --create-missing để thêm)</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>the topic is missing</source>
        <translation>thiếu lĩnh vực</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>unknown topic %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>không có lĩnh vực %1 (kiểm tra chính tả, hoặc nhập với --create-missing để thêm)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown locality %1: check the spelling</source>
        <translation>không có địa bàn %1: kiểm tra chính tả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown topic %1: check the spelling</source>
        <translation>không có lĩnh vực %1: kiểm tra chính tả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown reporter %1: imported without a reporter (import with --create-missing to add the person)</source>
        <translation>không có người báo cáo %1: đã nhập không kèm người báo cáo (nhập với --create-missing để thêm người này)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown reporter %1: imported without a reporter</source>
        <translation>không có người báo cáo %1: đã nhập không kèm người báo cáo</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the summary (nội dung) is empty</source>
        <translation>nội dung (summary) trống</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 in %2 is not between %3 and %4</source>
        <translation>%1 ở %2 không nằm trong khoảng %3 đến %4</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>line %1: %2 (changed since the file was checked). Nothing was imported.</source>
        <translation>dòng %1: %2 (đã thay đổi từ khi kiểm tra tệp). Không có gì được nhập.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 in the column %2 is not one of: %3</source>
        <translation>%1 ở cột %2 không thuộc các giá trị: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown %1 %2: expected one of %3</source>
        <translation>không rõ %1 %2: cần một trong các giá trị %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The file has errors: nothing was imported.</source>
        <translation>Tệp có lỗi: không nhập dòng nào.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có gì được nhập.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added by an import of opinion reports</source>
        <translation>Được thêm khi nhập phản ánh</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 of the imported reports were changed after the import, so it can no longer be undone as a whole.</source>
        <translation>%1 phản ánh của lần nhập đã được sửa sau khi nhập, nên không thể hoàn tác cả lần nhập được nữa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A locality, topic, person or agency that the import added is in use now, so the import can no longer be undone.</source>
        <translation>Một địa bàn, lĩnh vực, người hoặc cơ quan do lần nhập thêm vào nay đang được dùng, nên không thể hoàn tác lần nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionRepository</name>
    <message>
        <location filename="../../core/opinions/opinionrepository.cpp" line="+137"/>
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
        <location line="+12"/>
        <source>%1 is not a valid %2.</source>
        <translation>%1 không phải %2 hợp lệ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+159"/>
        <source>The report cannot be forwarded before it was observed.</source>
        <translation>Không thể chuyển phản ánh trước ngày ghi nhận.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+173"/>
        <source>The response cannot come before the report was observed.</source>
        <translation>Ngày phản hồi không thể trước ngày ghi nhận.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>A forwarding date needs the agency it was forwarded to.</source>
        <translation>Có ngày chuyển thì phải có cơ quan nhận.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A collaborator may change only the reports it added, and only until they are forwarded.</source>
        <translation>Cộng tác viên chỉ được sửa các phản ánh do mình thêm vào, và chỉ khi chưa được chuyển đi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <location line="+42"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+17"/>
        <source>The report does not exist.</source>
        <translation>Phản ánh không tồn tại.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>A collaborator may not forward, answer or close reports.</source>
        <translation>Cộng tác viên không được chuyển, trả lời hay đóng phản ánh.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report %1 is %2: it cannot be %3 (only a report that is %4 can).</source>
        <translation>Phản ánh %1 đang ở trạng thái %2: không thể %3 (chỉ phản ánh ở trạng thái %4 mới được).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forwarded</source>
        <translation>chuyển đi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>ghi trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>đánh dấu đã giải quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened</source>
        <translation>mở lại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the agency to forward to.</source>
        <translation>Hãy chọn cơ quan nhận.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the answer that was received.</source>
        <translation>Hãy ghi nội dung trả lời đã nhận.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response cannot come before the report was forwarded.</source>
        <translation>Ngày trả lời không thể trước ngày chuyển phản ánh.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionStatusDialog</name>
    <message>
        <location filename="../../ui/opinions/opinionstatusdialog.cpp" line="+24"/>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward to an agency</source>
        <translation>Chuyển đến cơ quan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose the agency)</source>
        <translation>(chọn cơ quan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forwarded on:</source>
        <translation>&amp;Ngày chuyển:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the answer</source>
        <translation>Ghi nội dung trả lời</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Trả lời:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered &amp;on:</source>
        <translation>Ngày trả &amp;lời:</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/opinions/opiniontablemodel.cpp" line="+101"/>
        <source>Waiting for an answer for %Ln day(s)</source>
        <translation>
            <numerusform>Đã chờ trả lời %Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Chiều hướng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionsView</name>
    <message>
        <location filename="../../ui/opinions/opinionsview.cpp" line="+88"/>
        <source>Search the reports (e.g. dat dai) — diacritics optional</source>
        <translation>Tìm phản ánh (ví dụ: dat dai) — có thể gõ không dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+305"/>
        <source>Opinion reports</source>
        <translation>Phản ánh dư luận xã hội</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>&amp;Enter reports…</source>
        <translation>&amp;Nhập phản ánh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter reports one after another from the keyboard</source>
        <translation>Nhập liên tiếp nhiều phản ánh bằng bàn phím</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit report…</source>
        <translation>&amp;Sửa phản ánh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected report</source>
        <translation>Sửa phản ánh đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward…</source>
        <translation>&amp;Chuyển…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward the selected report to an agency for an answer</source>
        <translation>Chuyển phản ánh đang chọn đến cơ quan để trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;answer…</source>
        <translation>Ghi &amp;trả lời…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the agency&apos;s answer to the selected report</source>
        <translation>Ghi nội dung trả lời của cơ quan cho phản ánh đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>Đã &amp;giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected report as resolved</source>
        <translation>Đánh dấu phản ánh đang chọn là đã giải quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose report</source>
        <translation>Đó&amp;ng phản ánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected report: no further follow-up</source>
        <translation>Đóng phản ánh đang chọn: không theo dõi thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>Nhập từ tệp &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports from a CSV file, with a preview of every problem</source>
        <translation>Nhập phản ánh từ tệp CSV, xem trước mọi vấn đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the reports the list shows to CSV or Excel (XLSX)</source>
        <translation>Xuất các phản ánh đang hiển thị ra CSV hoặc Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics, localities, channel labels and agencies</source>
        <translation>Lĩnh vực, địa bàn, tên kênh và cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting limit…</source>
        <translation>&amp;Hạn chờ trả lời…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After how many days a report waiting for an answer stands out</source>
        <translation>Sau bao nhiêu ngày thì phản ánh chờ trả lời được đánh dấu nổi bật</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln phản ánh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+160"/>
        <source>&lt;p&gt;No report matches. Change the filters, or use “Enter reports” or “Import CSV” to add reports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không có phản ánh nào phù hợp. Hãy đổi bộ lọc, hoặc dùng “Nhập phản ánh” hay “Nhập từ tệp CSV” để thêm phản ánh.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Select a report to see it whole.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một phản ánh để xem đầy đủ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Import opinion reports</source>
        <translation>Nhập phản ánh dư luận xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export opinion reports</source>
        <translation>Xuất phản ánh dư luận xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, the import format (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, định dạng nhập (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln report(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %Ln phản ánh vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting limit</source>
        <translation>Hạn chờ trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports waiting for an answer longer than this many days stand out:</source>
        <translation>Phản ánh chờ trả lời lâu hơn số ngày này được đánh dấu nổi bật:</translation>
    </message>
</context>
<context>
    <name>thuky::Organisation</name>
    <message>
        <location filename="../../core/roster/organisation.cpp" line="+89"/>
        <location line="+64"/>
        <source>The committee needs a name.</source>
        <translation>Ban chỉ đạo cần có tên.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Unknown committee level &quot;%1&quot; (province, district, commune or agency).</source>
        <translation>Cấp ban chỉ đạo &quot;%1&quot; không hợp lệ (tỉnh, huyện, xã hoặc cơ quan).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent committee does not exist.</source>
        <translation>Ban chỉ đạo cấp trên không tồn tại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was dissolved on %2: it cannot have a new committee under it.</source>
        <translation>%1 đã giải thể ngày %2: không thể lập ban chỉ đạo mới trực thuộc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/roster/organisationchanges.cpp" line="+47"/>
        <location line="+183"/>
        <source>The locality does not exist.</source>
        <translation>Địa bàn không tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>A committee named %1 already exists on %2.</source>
        <translation>Ngày %2 đã có ban chỉ đạo tên %1.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+26"/>
        <location line="+12"/>
        <location filename="../../core/roster/organisationchanges.cpp" line="-160"/>
        <location line="+89"/>
        <source>The committee does not exist.</source>
        <translation>Ban chỉ đạo không tồn tại.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The committee already has members, meetings or committees under it: dissolve it instead.</source>
        <translation>Ban chỉ đạo đã có thành viên, hội nghị hoặc ban trực thuộc: hãy giải thể thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../core/roster/organisationchanges.cpp" line="-94"/>
        <source>The dissolution date is missing.</source>
        <translation>Chưa nhập ngày giải thể.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was already dissolved on %2.</source>
        <translation>%1 đã giải thể ngày %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was formed on %2: it cannot be dissolved before that.</source>
        <translation>%1 được thành lập ngày %2: không thể giải thể trước ngày đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still has %2 under it: dissolve or re-form that committee first.</source>
        <translation>%1 còn ban trực thuộc %2: hãy giải thể hoặc kiện toàn ban đó trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The successor committee does not exist.</source>
        <translation>Ban chỉ đạo kế tục không tồn tại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A committee cannot be dissolved into itself.</source>
        <translation>Không thể giải thể ban chỉ đạo vào chính nó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in office on %2, the day after the dissolution.</source>
        <translation>%1 không hoạt động vào ngày %2, ngày sau khi giải thể.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1&apos;s membership starts on %2, after the dissolution.</source>
        <translation>Nhiệm kỳ của %1 bắt đầu ngày %2, sau ngày giải thể.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot take %2 into the successor: %3</source>
        <translation>Không thể chuyển %2 của %1 sang ban kế tục: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The locality needs a name.</source>
        <translation>Địa bàn cần có tên.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ended on %2: it cannot have a new unit under it.</source>
        <translation>%1 đã kết thúc ngày %2: không thể thêm đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A commune has no units under it.</source>
        <translation>Cấp xã không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown locality level &quot;%1&quot; (province, district or commune).</source>
        <translation>Cấp địa bàn &quot;%1&quot; không hợp lệ (tỉnh, huyện hoặc xã).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists there on %2.</source>
        <translation>Ngày %2 ở đó đã có %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The date of the merge is missing.</source>
        <translation>Chưa nhập ngày sáp nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the units to merge.</source>
        <translation>Hãy chọn các đơn vị cần sáp nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named twice.</source>
        <translation>%1 được nêu hai lần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was already merged into %2 on %3.</source>
        <translation>%1 đã được sáp nhập vào %2 ngày %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended on %2, before the merge.</source>
        <translation>%1 đã kết thúc ngày %2, trước ngày sáp nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 begins on %2: it cannot be merged on %3.</source>
        <translation>%1 bắt đầu từ ngày %2: không thể sáp nhập ngày %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still has %2 under it on %3: merge or move that unit first.</source>
        <translation>Ngày %3, %1 vẫn còn đơn vị trực thuộc %2: hãy sáp nhập hoặc chuyển đơn vị đó trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be merged into itself.</source>
        <translation>Không thể sáp nhập %1 vào chính nó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist on %2.</source>
        <translation>Ngày %2 không có %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lies inside a unit being merged.</source>
        <translation>%1 nằm trong một đơn vị đang được sáp nhập.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is already under %2.</source>
        <translation>%1 đã trực thuộc %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be placed under %2, which lies inside it.</source>
        <translation>Không thể đặt %1 trực thuộc %2, vì %2 nằm trong %1.</translation>
    </message>
</context>
<context>
    <name>thuky::OrganisationActions</name>
    <message>
        <location filename="../../ui/roster/organisationactions.cpp" line="+46"/>
        <source>Add &amp;committee…</source>
        <translation>Thêm &amp;ban chỉ đạo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form a committee under the selected one</source>
        <translation>Thành lập ban chỉ đạo trực thuộc ban đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me committee…</source>
        <translation>Đổi &amp;tên ban chỉ đạo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected committee</source>
        <translation>Đổi tên ban chỉ đạo đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dissolve committee…</source>
        <translation>&amp;Giải thể ban chỉ đạo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolve the selected committee on a date, into a successor or not</source>
        <translation>Giải thể ban chỉ đạo đang chọn từ một ngày, có hoặc không có ban kế tục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Localities…</source>
        <translation>Đị&amp;a bàn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality tree: add, rename, merge and move units, and their history</source>
        <translation>Cây địa bàn: thêm, đổi tên, sáp nhập, chuyển đơn vị và lịch sử của chúng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;history</source>
        <translation>Hiện &amp;lịch sử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the committees dissolved (or not yet formed) on the chosen date, greyed</source>
        <translation>Hiện cả các ban chỉ đạo đã giải thể (hoặc chưa thành lập) vào ngày đã chọn, tô xám</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Roster</source>
        <translation>Danh sách thành viên</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename a committee</source>
        <translation>Đổi tên ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>Tên mới của %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The committee %1</source>
        <translation>Ban chỉ đạo %1</translation>
    </message>
</context>
<context>
    <name>thuky::OrganisationCommand</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="-226"/>
        <source>The committee no longer exists.</source>
        <translation>Ban chỉ đạo không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The locality no longer exists.</source>
        <translation>Địa bàn không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>thuky::PeriodReport</name>
    <message>
        <location filename="../../core/reports/periodreport.cpp" line="+89"/>
        <source>No committee %1</source>
        <translation>Không có ban chỉ đạo %1</translation>
    </message>
</context>
<context>
    <name>thuky::PersonChoiceDialog</name>
    <message>
        <location filename="../../ui/roster/personchoicedialog.cpp" line="+16"/>
        <source>An &amp;existing person</source>
        <translation>Người có &amp;sẵn trong danh sách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone already on the roster: type part of the name (diacritics optional) and pick from the list</source>
        <translation>Người đã có trong danh sách: gõ một phần họ tên (có dấu hoặc không) rồi chọn trong danh sách</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ne&amp;w person</source>
        <translation>Người &amp;mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not on the roster yet: added with this decision</source>
        <translation>Người chưa có trong danh sách: được thêm cùng quyết định này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name of the new person</source>
        <translation>Họ và tên người mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Đại tá</source>
        <translation>ví dụ: Đại tá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions of the new person</source>
        <translation>Chức vụ của người mới</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type part of the name, diacritics optional; the arrow keys move in the list, Insert enters a new person</source>
        <translation>Gõ một phần họ tên, có dấu hoặc không; phím mũi tên để chọn trong danh sách, Insert để nhập người mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person&apos;s full name, as printed in the roster (e.g. Nguyễn Văn An)</source>
        <translation>Họ và tên người mới, như in trong danh sách (ví dụ Nguyễn Văn An)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k or honorific:</source>
        <translation>Cấp &amp;bậc, danh xưng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed before the name in the roster: a military or police rank (Đại tá), or an honorific; may stay empty</source>
        <translation>In trước họ tên trong danh sách: cấp bậc quân đội, công an (Đại tá) hoặc danh xưng; có thể để trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ositions:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person&apos;s positions, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</source>
        <translation>Chức vụ của người mới, in cạnh họ tên (ví dụ Phó Chủ tịch UBND tỉnh)</translation>
    </message>
</context>
<context>
    <name>thuky::PersonDialog</name>
    <message>
        <location filename="../../ui/roster/persondialog.cpp" line="+12"/>
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
        <source>The full name as printed in rosters and minutes, with diacritics</source>
        <translation>Họ và tên có dấu, như in trong danh sách và biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank or honorific:</source>
        <translation>&amp;Cấp bậc, danh xưng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed before the name: a military or police rank (Đại tá), or an honorific; may stay empty</source>
        <translation>In trước họ tên: cấp bậc quân đội, công an (Đại tá) hoặc danh xưng; có thể để trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Positions:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The positions held outside the committee, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</source>
        <translation>Chức vụ ngoài ban chỉ đạo, in cạnh họ tên (ví dụ Phó Chủ tịch UBND tỉnh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan, đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or unit the person works for (e.g. Công an tỉnh)</source>
        <translation>Cơ quan, đơn vị công tác (ví dụ Công an tỉnh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A phone number to reach the person</source>
        <translation>Số điện thoại liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An email address to reach the person</source>
        <translation>Địa chỉ thư điện tử liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else the secretariat should know; not printed</source>
        <translation>Ghi chú khác cho tổ thư ký; không in ra</translation>
    </message>
</context>
<context>
    <name>thuky::PersonListModel</name>
    <message>
        <location filename="../../ui/roster/personlistmodel.cpp" line="+56"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>thuky::PersonPicker</name>
    <message>
        <location filename="../../ui/common/personpicker.cpp" line="+23"/>
        <source>Type part of the name…</source>
        <translation>Gõ một phần họ tên…</translation>
    </message>
</context>
<context>
    <name>thuky::PrintedList</name>
    <message>
        <location filename="../../core/documents/printedlist.cpp" line="+36"/>
        <source>There is no committee %1.</source>
        <translation>Không có ban chỉ đạo %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a printed list is written as .pdf or .odt</source>
        <translation>danh sách in chỉ ghi được dưới dạng .pdf hoặc .odt</translation>
    </message>
</context>
<context>
    <name>thuky::RelabelChannel</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="+78"/>
        <source>Relabel the channel %1</source>
        <translation>Đổi nhãn kênh %1</translation>
    </message>
</context>
<context>
    <name>thuky::RemoveTaxonomyEntry</name>
    <message>
        <location line="-26"/>
        <source>Delete “%1”</source>
        <translation>Xóa “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::RenameCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+49"/>
        <source>Rename the committee %1 to %2</source>
        <translation>Đổi tên ban chỉ đạo %1 thành %2</translation>
    </message>
</context>
<context>
    <name>thuky::RenameLocality</name>
    <message>
        <location line="+96"/>
        <source>Rename the locality %1 to %2</source>
        <translation>Đổi tên địa bàn %1 thành %2</translation>
    </message>
</context>
<context>
    <name>thuky::RenameTaxonomyEntry</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="-28"/>
        <source>Rename “%1” to “%2”</source>
        <translation>Đổi tên “%1” thành “%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry no longer exists.</source>
        <translation>Mục này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>thuky::ReopenMinutes</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+109"/>
        <source>Reopen minutes</source>
        <translation>Mở lại biên bản</translation>
    </message>
</context>
<context>
    <name>thuky::ReorganiseDialog</name>
    <message>
        <location filename="../../ui/roster/reorganisedialog.cpp" line="+17"/>
        <source>Reorganise the committee</source>
        <translation>Kiện toàn ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (since %3)</source>
        <translation>%1: %2 (từ %3)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>The role holder who leaves the role; the new holder takes the same role</source>
        <translation>Người thôi giữ chức danh; người mới đảm nhận đúng chức danh đó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New holder:</source>
        <translation>Người thay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new holder&apos;s first day in the role, DD/MM/YYYY; the one replaced leaves the day before</source>
        <translation>Ngày đầu người mới giữ chức danh, DD/MM/YYYY; người được thay thôi từ ngày hôm trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the decision (quyết định) that reorganises the committee</source>
        <translation>Số quyết định kiện toàn ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the role holder to replace.</source>
        <translation>Hãy chọn người cần thay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new holder from the list.</source>
        <translation>Hãy chọn người thay trong danh sách.</translation>
    </message>
</context>
<context>
    <name>thuky::ReplaceRoleHolder</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+45"/>
        <source>Reorganise: %1 replaces %2 as %3</source>
        <translation>Kiện toàn: %1 thay %2 làm %3</translation>
    </message>
</context>
<context>
    <name>thuky::Roles</name>
    <message>
        <location filename="../../core/db/roles.cpp" line="+38"/>
        <source>Head</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing deputy head</source>
        <translation>Phó Trưởng ban Thường trực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy head</source>
        <translation>Phó Trưởng ban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretariat leader</source>
        <translation>Tổ trưởng Tổ thư ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretariat member</source>
        <translation>Thành viên Tổ thư ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert group</source>
        <translation>Nhóm chuyên gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core force</source>
        <translation>Lực lượng nòng cốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collaborator</source>
        <translation>Cộng tác viên</translation>
    </message>
</context>
<context>
    <name>thuky::RosterCommand</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="-173"/>
        <source>The person no longer exists.</source>
        <translation>Người này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The membership no longer exists.</source>
        <translation>Chức danh này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterImport</name>
    <message>
        <location filename="../../core/roster/rosterimport.cpp" line="+263"/>
        <source>the column %1 appears twice</source>
        <translation>cột %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a roster CSV file: the first line names none of the columns person, role, start (or họ và tên, chức danh, từ ngày)</source>
        <translation>không phải tệp CSV danh sách thành viên: dòng đầu không ghi cột nào trong số họ và tên, chức danh, từ ngày (hoặc person, role, start)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the required column %1 is missing</source>
        <translation>thiếu cột bắt buộc %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no committee: add a column %1 or choose the committee of the whole file above</source>
        <translation>chưa có ban chỉ đạo: thêm cột %1 hoặc chọn ban chỉ đạo cho cả tệp ở ô phía trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no committee: add a column %1 or choose the committee of the whole file (--committee)</source>
        <translation>chưa có ban chỉ đạo: thêm cột %1 hoặc chọn ban chỉ đạo cho cả tệp (--committee)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignoring unknown column(s): %1</source>
        <translation>bỏ qua cột không xác định: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</source>
        <translation>có %1 trường nhưng dòng tiêu đề ghi %2 cột (trường có dấu phân cách phải đặt trong ngoặc kép)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 fields, but the header names %2 columns</source>
        <translation>chỉ có %1 trường nhưng dòng tiêu đề ghi %2 cột</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the person&apos;s name (họ và tên) is missing</source>
        <translation>thiếu họ và tên</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the role (chức danh) is missing</source>
        <translation>thiếu chức danh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown role %1: expected one of %2</source>
        <translation>chức danh %1 không xác định: cần một trong các giá trị %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 không phải ngày hợp lệ ở cột %2 (viết YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2 is not between %3 and %4</source>
        <translation>%1 ở %2 không nằm trong khoảng %3 đến %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the start date (từ ngày) is missing</source>
        <translation>thiếu ngày bắt đầu (từ ngày)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date %1 is before the start date %2</source>
        <translation>ngày kết thúc %1 trước ngày bắt đầu %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the committee is missing and no committee was chosen for the whole file above</source>
        <translation>thiếu ban chỉ đạo và chưa chọn ban chỉ đạo cho cả tệp ở ô phía trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the committee (ban chỉ đạo) is missing and no committee was chosen for the whole file (--committee)</source>
        <translation>thiếu ban chỉ đạo và chưa chọn ban chỉ đạo cho cả tệp (--committee)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2 is already on the roster; this row names no organisation (cơ quan), so another person of that name is added</source>
        <translation>%1 (%2) đã có trong danh sách thành viên; dòng này không ghi cơ quan nên sẽ thêm một người khác cùng tên</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown committee %1</source>
        <translation>không có ban chỉ đạo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the committee %1 was dissolved on %2, before the start date %3</source>
        <translation>%1 đã giải thể ngày %2, trước ngày bắt đầu %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>repeats line %1: %2 is %3 of %4 on overlapping dates</source>
        <translation>trùng dòng %1: %2 đã là %3 của %4 trong khoảng thời gian chồng lấn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second head of %1 on overlapping dates: line %2 makes %3 head from %4</source>
        <translation>%1 sẽ có hai Trưởng ban cùng lúc: dòng %2 đã ghi %3 làm Trưởng ban từ %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second standing deputy head of %1 on overlapping dates: line %2 makes %3 standing deputy head from %4</source>
        <translation>%1 sẽ có hai Phó Trưởng ban Thường trực cùng lúc: dòng %2 đã ghi %3 làm Phó Trưởng ban Thường trực từ %4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already %2 of %3 on those dates (since %4)</source>
        <translation>%1 đã là %2 của %3 trong thời gian đó (từ %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already has a head on those dates (%2, since %3)</source>
        <translation>%1 đã có Trưởng ban trong thời gian đó (%2, từ %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has a standing deputy head on those dates (%2, since %3)</source>
        <translation>%1 đã có Phó Trưởng ban Thường trực trong thời gian đó (%2, từ %3)</translation>
    </message>
    <message>
        <location filename="../../core/roster/rosterimportwrite.cpp" line="+44"/>
        <source>The file has errors: nothing was imported.</source>
        <translation>Tệp có lỗi: không nhập dòng nào.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+34"/>
        <source>line %1: %2 Nothing was imported.</source>
        <translation>dòng %1: %2 Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A membership the import added was changed or removed since, so the import can no longer be undone as a whole.</source>
        <translation>Một chức danh do lần nhập này thêm vào đã bị sửa hoặc xóa sau đó, nên không thể hoàn tác toàn bộ lần nhập nữa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person the import added is in use now (another role, a meeting, a task or a report), so the import can no longer be undone.</source>
        <translation>Một người do lần nhập này thêm vào nay đang được dùng (chức danh khác, hội nghị, nhiệm vụ hoặc phản ánh), nên không thể hoàn tác lần nhập nữa.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterImportDialog</name>
    <message>
        <location filename="../../ui/roster/rosterimportdialog.cpp" line="+74"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the roster</source>
        <translation>đã có trong danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new person</source>
        <translation>người mới</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+101"/>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+4"/>
        <source>Import roster</source>
        <translation>Nhập danh sách thành viên</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>None: every row names its committee</source>
        <translation>Không: mỗi dòng tự ghi ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Committee of rows without one:</source>
        <translation>&amp;Ban chỉ đạo cho dòng không ghi:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the roster sheet (CSV, UTF-8)</source>
        <translation>Chọn tệp danh sách thành viên (CSV, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Problems (nothing is written while there is an error):</source>
        <translation>&amp;Vấn đề (chưa ghi gì khi còn lỗi):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Các dòng:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import roster — %1</source>
        <translation>Nhập danh sách thành viên — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the file to import.</source>
        <translation>Hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 (warning): %2</source>
        <translation>Dòng %1 (cảnh báo): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln dòng dữ liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln membership(s) will be imported</source>
        <translation>
            <numerusform>sẽ nhập %Ln chức danh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln người mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln person(s) already on the roster</source>
        <translation>
            <numerusform>%Ln người đã có trong danh sách</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found.</source>
        <translation>Không có vấn đề.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
</context>
<context>
    <name>thuky::RosterRepository</name>
    <message>
        <location filename="../../core/roster/rosterrepository.cpp" line="+59"/>
        <source>The locality needs a name.</source>
        <translation>Địa bàn cần có tên.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The committee needs a name.</source>
        <translation>Ban chỉ đạo cần có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <location line="+50"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+21"/>
        <source>The full name must not be empty.</source>
        <translation>Họ và tên không được để trống.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person does not exist.</source>
        <translation>Người này không tồn tại.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+3"/>
        <location line="+111"/>
        <source>The start date is missing or invalid.</source>
        <translation>Thiếu ngày bắt đầu hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The committee already has a head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>Ban chỉ đạo đã có Trưởng ban vào ngày đó (%1, từ ngày %2). Hãy dùng Kiện toàn để thay người.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee already has a standing deputy head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>Ban chỉ đạo đã có Phó Trưởng ban Thường trực vào ngày đó (%1, từ ngày %2). Hãy dùng Kiện toàn để thay người.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>No such membership.</source>
        <translation>Không có chức danh này.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The end date is missing or invalid.</source>
        <translation>Thiếu ngày kết thúc hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the role holder to replace.</source>
        <translation>Hãy chọn người cần thay.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../ui/roster/rosterview.cpp" line="+94"/>
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
        <location line="+33"/>
        <source>Appoint to role…</source>
        <translation>Bổ nhiệm vào chức danh…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>History of roles:</source>
        <translation>Quá trình giữ chức danh:</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+188"/>
        <location line="+113"/>
        <source>Roster</source>
        <translation>Danh sách thành viên</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the list of people</source>
        <translation>Thêm một người vào danh sách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Sửa thông tin người…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person</source>
        <translation>Sửa thông tin người đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách thành viên…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import memberships from a roster sheet (CSV)</source>
        <translation>Nhập các chức danh từ bảng danh sách thành viên (CSV)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;ppoint to role…</source>
        <translation>&amp;Bổ nhiệm vào chức danh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appoint a person to a role in this committee</source>
        <translation>Bổ nhiệm một người vào chức danh trong ban chỉ đạo này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the selected membership</source>
        <translation>Cho người đang chọn thôi giữ chức vụ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the holder of a role on a date</source>
        <translation>Thay người giữ một chức danh từ một ngày (kiện toàn)</translation>
    </message>
    <message>
        <location line="+337"/>
        <location line="+28"/>
        <source>The membership of %1</source>
        <translation>Chức danh của %1</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>E&amp;nd membership…</source>
        <translation>Thôi giữ &amp;chức vụ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reorganise…</source>
        <translation>&amp;Kiện toàn…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No committee is in office on %1. Use “Add committee” to form one, or choose another date.</source>
        <translation>Không có ban chỉ đạo nào hoạt động ngày %1. Dùng “Thêm ban chỉ đạo” để thành lập, hoặc chọn ngày khác.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %Ln member(s) on %2</source>
        <translation>
            <numerusform>%1 — %Ln thành viên, tính đến ngày %2</numerusform>
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
        <location line="+6"/>
        <source>Holds no role yet.</source>
        <translation>Chưa giữ chức danh nào.</translation>
    </message>
</context>
<context>
    <name>thuky::SaveMeeting</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="-86"/>
        <source>Edit meeting</source>
        <translation>Sửa hội nghị</translation>
    </message>
</context>
<context>
    <name>thuky::SavedFilterRepository</name>
    <message>
        <location filename="../../core/opinions/savedfilters.cpp" line="+126"/>
        <source>The saved filter needs a name.</source>
        <translation>Bộ lọc cần có tên.</translation>
    </message>
</context>
<context>
    <name>thuky::SealedFile</name>
    <message>
        <location filename="../../core/db/sealedfile.cpp" line="+79"/>
        <source>The passphrase must not be empty.</source>
        <translation>Cụm mật khẩu không được để trống.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>not a sealed Thư Ký exchange file</source>
        <translation>không phải là tệp trao đổi đã niêm phong của Thư Ký</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>written by a newer version of Thư Ký</source>
        <translation>được ghi bởi phiên bản Thư Ký mới hơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>the file is truncated</source>
        <translation>tệp bị cắt cụt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>wrong passphrase</source>
        <translation>sai cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>the file is damaged</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the file is truncated or damaged</source>
        <translation>tệp bị cắt cụt hoặc bị hỏng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is damaged (bytes after its end)</source>
        <translation>tệp bị hỏng (có dữ liệu sau phần kết thúc)</translation>
    </message>
</context>
<context>
    <name>thuky::SearchPopup</name>
    <message>
        <location filename="../../ui/search/searchpopup.cpp" line="+30"/>
        <source>Search everything</source>
        <translation>Tìm kiếm toàn bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search people, committees, meetings, tasks and reports (no diacritics needed)</source>
        <translation>Tìm người, ban chỉ đạo, hội nghị, nhiệm vụ và phản ánh (không cần gõ dấu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Type a name, a title or a few words of a report.</source>
        <translation>Gõ tên người, tên hội nghị hoặc vài từ của phản ánh.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People (%1)</source>
        <translation>Người (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees (%1)</source>
        <translation>Ban chỉ đạo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings (%1)</source>
        <translation>Hội nghị (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks (%1)</source>
        <translation>Nhiệm vụ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (%1)</source>
        <translation>Phản ánh (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 found — Up/Down to choose, Enter to open.</source>
        <translation>Tìm thấy %1 — Lên/Xuống để chọn, Enter để mở.</translation>
    </message>
</context>
<context>
    <name>thuky::ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/shell/serverpassworddialog.cpp" line="+18"/>
        <source>Database server</source>
        <translation>Máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not accept the password. Type it again:</source>
        <translation>Máy chủ %1 không chấp nhận mật khẩu. Hãy gõ lại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 asks for a password:</source>
        <translation>Máy chủ %1 yêu cầu mật khẩu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Ghi nhớ trong kho khóa của hệ thống</translation>
    </message>
</context>
<context>
    <name>thuky::SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settingsdialog.cpp" line="+35"/>
        <location line="+135"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printed documents (minutes, lists, reports)</source>
        <translation>Văn bản in (biên bản, danh sách, báo cáo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top margin:</source>
        <translation>Lề trên:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom margin:</source>
        <translation>Lề dưới:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left margin:</source>
        <translation>Lề trái:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right margin:</source>
        <translation>Lề phải:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed above the committee&apos;s name in the header of every document, for committees that do not name their own.</source>
        <translation>In phía trên tên ban chỉ đạo ở đầu mọi văn bản, với những ban chưa ghi cơ quan cấp trên của mình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superior body:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The label over the minute-taker&apos;s signature.</source>
        <translation>Dòng chữ phía trên chữ ký của người ghi biên bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left signature label:</source>
        <translation>Chức danh ký bên trái:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Party guidance 36-HD/VPTW: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.</source>
        <translation>Hướng dẫn 36-HD/VPTW: lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the provincial Party committee</source>
        <translation>ví dụ: Tỉnh ủy An Giang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label over the chair&apos;s signature (some committees put the meeting secretary&apos;s label here).</source>
        <translation>Dòng chữ phía trên chữ ký của người chủ trì (có nơi ghi THƯ KÝ HỘI NGHỊ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right signature label:</source>
        <translation>Chức danh ký bên phải:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report without an answer after this many days is listed as waiting on the home page.</source>
        <translation>Phản ánh chưa được trả lời sau số ngày này được liệt kê là đang chờ ở trang chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report waits after:</source>
        <translation>Phản ánh được coi là chờ sau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup at the first start of each day</source>
        <translation>Sao lưu khi mở lần đầu mỗi ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checked copy of the database goes to the backups folder beside the database file.</source>
        <translation>Một bản sao đã kiểm tra của cơ sở dữ liệu được lưu vào thư mục backups cạnh tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups:</source>
        <translation>Sao lưu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many daily backups are kept; older ones are removed.</source>
        <translation>Số bản sao lưu hằng ngày được giữ lại; bản cũ hơn sẽ bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept:</source>
        <translation>Số bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of this workstation&apos;s windows, from the next start. Printed documents are always in Vietnamese.</source>
        <translation>Ngôn ngữ giao diện trên máy này, áp dụng từ lần mở sau. Văn bản in luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>thuky::SpeechModel</name>
    <message>
        <location filename="../../ui/meetings/speechmodel.cpp" line="+47"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of remarks</source>
        <translation>Tóm tắt ý kiến</translation>
    </message>
</context>
<context>
    <name>thuky::TaskRepository</name>
    <message>
        <location filename="../../core/meetings/taskrepository.cpp" line="+193"/>
        <source>Unknown task status %1.</source>
        <translation>Không rõ trạng thái nhiệm vụ %1.</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <location line="+14"/>
        <source>There is no task %1.</source>
        <translation>Không có nhiệm vụ %1.</translation>
    </message>
</context>
<context>
    <name>thuky::TaskStatuses</name>
    <message>
        <location filename="../../core/meetings/task.cpp" line="+31"/>
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
    <name>thuky::TaskTableModel</name>
    <message>
        <location filename="../../ui/meetings/tasktablemodel.cpp" line="+61"/>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thuky::TasksPane</name>
    <message>
        <location filename="../../ui/meetings/taskspane.cpp" line="+52"/>
        <source>Owner (e.g. to thu ky)</source>
        <translation>Người/đơn vị thực hiện (ví dụ: to thu ky)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or in progress</source>
        <translation>Chưa xong hoặc đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>Chỉ nhiệm vụ &amp;quá hạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark task &amp;done</source>
        <translation>Đánh dấu nhiệm vụ &amp;hoàn thành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu &amp;hoàn thành…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Task done</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completion note:</source>
        <translation>Ghi chú kết quả:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task “%1”</source>
        <translation>Nhiệm vụ “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyCommand</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="-47"/>
        <source>The entry no longer exists.</source>
        <translation>Mục này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyDialog</name>
    <message>
        <location filename="../../ui/opinions/taxonomydialog.cpp" line="+46"/>
        <source>Lists of opinion reports</source>
        <translation>Danh mục phản ánh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code (fixed)</source>
        <translation>Mã (cố định)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese label</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English label</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Topics</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Localities</source>
        <translation>Địa &amp;bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannels</source>
        <translation>&amp;Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agencies</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Thêm cấp &amp;dưới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;elete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports keep referring to renamed entries. An entry that reports use cannot be deleted.</source>
        <translation>Phản ánh vẫn gắn với mục đã đổi tên. Không thể xóa mục đã có phản ánh sử dụng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Localities &amp;over time…</source>
        <translation>Địa bàn q&amp;ua các thời kỳ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge and move units on a date, and see each unit&apos;s history</source>
        <translation>Sáp nhập, chuyển đơn vị từ một ngày và xem lịch sử từng đơn vị</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Select the topic to add under.</source>
        <translation>Chọn lĩnh vực để thêm cấp dưới.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the locality to add under.</source>
        <translation>Chọn địa bàn để thêm cấp dưới.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add under %1</source>
        <translation>Thêm vào dưới %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of “%1”:</source>
        <translation>Tên mới của “%1”:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyEntries</name>
    <message>
        <location filename="../../core/opinions/taxonomyentries.cpp" line="+116"/>
        <source>The entry no longer exists.</source>
        <translation>Mục này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyRepository</name>
    <message>
        <location filename="../../core/opinions/taxonomyrepository.cpp" line="+102"/>
        <location line="+28"/>
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
        <location line="+15"/>
        <source>Reports use this topic: it cannot be deleted (rename it or mark it inactive instead).</source>
        <translation>Đã có phản ánh thuộc lĩnh vực này nên không thể xóa (hãy đổi tên hoặc ngừng sử dụng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The topic has subtopics: delete or move them first.</source>
        <translation>Lĩnh vực có lĩnh vực con: hãy xóa hoặc chuyển chúng trước.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+17"/>
        <source>The agency needs a name.</source>
        <translation>Cơ quan cần có tên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agency does not exist.</source>
        <translation>Cơ quan không tồn tại.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../core/db/userrepository.cpp" line="+32"/>
        <source>The user name must not be empty.</source>
        <translation>Tên người dùng không được để trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role %1.</source>
        <translation>Không rõ vai trò %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password needs at least 6 characters.</source>
        <translation>Mật khẩu cần ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user named %1 already exists.</source>
        <translation>Đã có người dùng tên %1.</translation>
    </message>
</context>
<context>
    <name>thuky::cli</name>
    <message>
        <location filename="../../app/cli/admincommands.cpp" line="+53"/>
        <source>users action (add or list)</source>
        <translation>thao tác với người dùng (add hoặc list)</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../app/cli/backupcommands.cpp" line="+40"/>
        <source>backup needs --out FILE</source>
        <translation>backup cần --out TỆP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file exists already; choose a new name</source>
        <translation>%1: tệp đã tồn tại; hãy chọn tên khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1 (checked; checksum in %2).</source>
        <translation>Đã sao lưu vào %1 (đã kiểm tra; mã kiểm tra trong %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 from %2; what it held before is kept in %3.</source>
        <translation>Đã khôi phục %1 từ %2; dữ liệu trước đó được giữ trong %3.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>backup file</source>
        <translation>tệp sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/exchangecommands.cpp" line="+78"/>
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ok: schema %1, %2 records</source>
        <translation>tốt: lược đồ %1, %2 bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/cli/admincommands.cpp" line="+41"/>
        <source>copy needs --to PATH|URL</source>
        <translation>copy cần --to ĐƯỜNG_DẪN|URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied every record to %1.</source>
        <translation>Đã sao chép mọi bản ghi sang %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchangecommands.cpp" line="+30"/>
        <source>exchange action (export or import)</source>
        <translation>thao tác trao đổi dữ liệu (export hoặc import)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>exchange export needs --out FILE</source>
        <translation>exchange export cần --out TỆP</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>give the exchange file&apos;s passphrase in THUKY_EXCHANGE_PASSPHRASE (there is no terminal to ask on)</source>
        <translation>hãy cho cụm mật khẩu của tệp trao đổi trong THUKY_EXCHANGE_PASSPHRASE (không có cửa sổ dòng lệnh để hỏi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the exchange file: </source>
        <translation>Cụm mật khẩu của tệp trao đổi: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase must not be empty</source>
        <translation>cụm mật khẩu không được để trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase again: </source>
        <translation>Nhập lại cụm mật khẩu: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ</source>
        <translation>hai cụm mật khẩu không khớp</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 records to %2.</source>
        <translation>Đã ghi %1 bản ghi vào %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--prefer must be incoming or local</source>
        <translation>--prefer phải là incoming hoặc local</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Would merge %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here (nothing written).</source>
        <translation>Sẽ gộp %1: %2 mới, %3 cập nhật, %4 không đổi, %5 giữ nguyên như ở đây (chưa ghi gì).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here.</source>
        <translation>Đã gộp %1: %2 mới, %3 cập nhật, %4 không đổi, %5 giữ nguyên như ở đây.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown exchange action %1</source>
        <translation>không rõ thao tác trao đổi dữ liệu %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>exchange file</source>
        <translation>tệp trao đổi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/climain.cpp" line="+222"/>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option %1</source>
        <translation>không rõ tùy chọn %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command %1</source>
        <translation>không rõ lệnh %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try thuky-cli --help.</source>
        <translation>Xem thuky-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetingcommands.cpp" line="+31"/>
        <location filename="../../app/cli/organisationcommands.cpp" line="+30"/>
        <location filename="../../app/cli/rostercommands.cpp" line="+77"/>
        <location line="+42"/>
        <location filename="../../app/draw/drawcommands.cpp" line="+93"/>
        <source>%1: no such committee</source>
        <translation>%1: không có ban chỉ đạo này</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>meetings takes no positional arguments</source>
        <translation>meetings không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote the task list to %1.</source>
        <translation>Đã ghi danh sách nhiệm vụ vào %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tasks takes no positional arguments</source>
        <translation>tasks không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/rostercommands.cpp" line="-57"/>
        <source>--out and --format cannot be used together</source>
        <translation>không dùng --out cùng với --format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--status must be open, in_progress, done or cancelled</source>
        <translation>--status phải là open, in_progress, done hoặc cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
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
        <location line="-41"/>
        <location line="+43"/>
        <location filename="../../app/cli/rostercommands.cpp" line="-2"/>
        <source>--out must name a .pdf or .odt file</source>
        <translation>--out phải là tệp .pdf hoặc .odt</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+68"/>
        <location filename="../../app/cli/rostercommands.cpp" line="+26"/>
        <location filename="../../app/draw/drawcommands.cpp" line="+12"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: không ghi được: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the minutes of meeting %1 to %2.</source>
        <translation>Đã ghi biên bản hội nghị %1 vào %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/opinioncommands.cpp" line="+30"/>
        <source>what to %1 (opinions)</source>
        <translation>cần %1 gì (opinions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 knows only opinions, not %2</source>
        <translation>%1 chỉ làm việc với opinions, không phải %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+43"/>
        <source>the CSV file to import</source>
        <translation>tệp CSV cần nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import opinions takes one file</source>
        <translation>import opinions nhận đúng một tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+13"/>
        <source>%1:1: cannot read the file: %2</source>
        <translation>%1:1: không đọc được tệp: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="-27"/>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: cảnh báo: %3</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <location line="+61"/>
        <source>%1: %2 rows are valid; %3 would be imported, %4 duplicates skipped. Dry run: nothing was written.</source>
        <translation>%1: %2 dòng hợp lệ; sẽ nhập %3, bỏ qua %4 dòng trùng. Chạy thử: chưa ghi gì.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing… %1/%2</source>
        <translation>Đang nhập… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the indexes… %1/%2</source>
        <translation>Đang lập chỉ mục… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the search index… %1/%2</source>
        <translation>Đang lập chỉ mục tìm kiếm… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+13"/>
        <source>thuky-cli: no locality named %1</source>
        <translation>thuky-cli: không có địa bàn tên %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 reports to %2.</source>
        <translation>Đã xuất %1 phản ánh ra %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>search opinions needs a QUERY</source>
        <translation>search opinions cần TỪ_KHÓA</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/searchcommands.cpp" line="+29"/>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit cần một số từ 1 trở lên</translation>
    </message>
    <message>
        <location filename="../../app/cli/rostercommands.cpp" line="-60"/>
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
        <location line="+35"/>
        <source>the database has no committee to print the roster of</source>
        <translation>cơ sở dữ liệu chưa có ban chỉ đạo nào để in danh sách thành viên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote the roster of %1 as of %2 to %3.</source>
        <translation>Đã ghi danh sách thành viên %1 tính đến ngày %2 vào %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>roster takes no positional arguments</source>
        <translation>roster không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--annex goes with --out</source>
        <translation>--annex chỉ dùng cùng với --out</translation>
    </message>
    <message>
        <location filename="../../app/cli/statscommands.cpp" line="+28"/>
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
        <location line="+18"/>
        <source>--out FILE is required</source>
        <translation>cần --out TỆP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: the file name must end in .%2</source>
        <translation>--out %1: tên tệp phải có đuôi .%2</translation>
    </message>
    <message>
        <location filename="../../app/draw/drawcommands.cpp" line="-57"/>
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
        <location line="+4"/>
        <source>--week %1: expected an ISO week YYYY-Www, e.g. 2024-W29</source>
        <translation>--week %1: cần tuần ISO dạng YYYY-Www, ví dụ 2024-W29</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown report %1 (quarterly or weekly)</source>
        <translation>không rõ báo cáo %1 (quarterly hoặc weekly)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote %1 (%2, %3 reports).</source>
        <translation>Đã ghi %1 (%2, %3 phản ánh).</translation>
    </message>
    <message>
        <location filename="../../app/cli/clicontext.cpp" line="+59"/>
        <source>Upgrading the database from schema %1 to %2 (a backup first; about a minute for a million reports)…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu từ lược đồ %1 lên %2 (sao lưu trước; khoảng một phút cho một triệu phản ánh)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password for the database server %1: </source>
        <translation>Mật khẩu của máy chủ cơ sở dữ liệu %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this database has users: give --user NAME (password in THUKY_PASSWORD)</source>
        <translation>cơ sở dữ liệu này có người dùng: hãy cho --user TÊN (mật khẩu trong THUKY_PASSWORD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed sign-ins: waiting %n second(s)…</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần: đang chờ %n giây…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+3"/>
        <source>--%1: %2 is not between %3 and %4</source>
        <translation>--%1: %2 không nằm trong khoảng %3 đến %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be table, csv or json</source>
        <translation>--format phải là table, csv hoặc json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 needs a non-negative number</source>
        <translation>--%1 cần một số không âm</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the role %1 may not do this</source>
        <translation>vai trò %1 không được làm việc này</translation>
    </message>
    <message>
        <location filename="../../app/cli/organisationcommands.cpp" line="+8"/>
        <source>%1: no such locality</source>
        <translation>%1: không có địa bàn này</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: several localities have this name (ids %2): give the id</source>
        <translation>%1: nhiều địa bàn trùng tên (mã %2): hãy nhập mã</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 DATE is required</source>
        <translation>cần có --%1 NGÀY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--level province|district|commune|agency is required</source>
        <translation>cần có --level province|district|commune|agency</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formed the committee %1 (id %2).</source>
        <translation>Đã thành lập %1 (mã %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Dissolved %1 on %2: %n membership(s) ended.</source>
        <translation>
            <numerusform>Đã giải thể %1 ngày %2: %n thành viên kết thúc nhiệm kỳ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>committees takes no positional arguments</source>
        <translation>committees không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: committee add NAME --level LEVEL | committee rename ID|NAME --to NAME | committee dissolve ID|NAME --on DATE</source>
        <translation>cách dùng: committee add TÊN --level CẤP | committee rename MÃ|TÊN --to TÊN | committee dissolve MÃ|TÊN --on NGÀY</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown committee action %1</source>
        <translation>không có thao tác committee %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>--to NAME is required</source>
        <translation>cần có --to TÊN</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Renamed %1 to %2.</source>
        <translation>Đã đổi tên %1 thành %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>localities takes no positional arguments</source>
        <translation>localities không nhận đối số vị trí</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added the locality %1 (id %2).</source>
        <translation>Đã thêm địa bàn %1 (mã %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Placed %1 under %2 from %3.</source>
        <translation>Đã chuyển %1 trực thuộc %2 từ ngày %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ends: its last day is %2.</source>
        <translation>%1 kết thúc: ngày cuối là %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown locality action %1</source>
        <translation>không có thao tác locality %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--into NAME is required</source>
        <translation>cần có --into TÊN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no such locality (add it, or merge with --create-missing)</source>
        <translation>%1: không có địa bàn này (hãy thêm, hoặc sáp nhập với --create-missing)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged %n unit(s) into %1 on %2.</source>
        <translation>
            <numerusform>Đã sáp nhập %n đơn vị vào %1 ngày %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+16"/>
        <source>import roster takes one file</source>
        <translation>import roster chỉ nhận một tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--committee needs a committee id or name</source>
        <translation>--committee cần mã số hoặc tên ban chỉ đạo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 rows are valid; %3 memberships would be imported (%4 new persons, %5 already on the roster). Dry run: nothing was written.</source>
        <translation>%1: %2 dòng hợp lệ; sẽ nhập %3 chức danh (%4 người mới, %5 người đã có trong danh sách). Chạy thử: chưa ghi gì.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 memberships from %2 (%3 new persons, %4 already on the roster).</source>
        <translation>Đã nhập %1 chức danh từ %2 (%3 người mới, %4 người đã có trong danh sách).</translation>
    </message>
    <message>
        <location filename="../../app/cli/searchcommands.cpp" line="-4"/>
        <source>search all needs a QUERY</source>
        <translation>search all cần một QUERY (từ cần tìm)</translation>
    </message>
    <message>
        <location filename="../../app/cli/opinionworkflowcommands.cpp" line="+37"/>
        <source>no opinion report has the id %1</source>
        <translation>không có phản ánh nào mang mã %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no agency is named %1 (the agencies are listed in the application&apos;s lists)</source>
        <translation>không có cơ quan nào tên %1 (danh sách cơ quan ở phần Danh mục của ứng dụng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names several agencies: write the name with its diacritics</source>
        <translation>%1 trùng với nhiều cơ quan: hãy gõ tên có dấu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>opinion %1 needs --%2</source>
        <translation>opinion %1 cần --%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>opinion needs one of: %1</source>
        <translation>opinion cần một trong các lệnh: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opinion %1 takes one report ID</source>
        <translation>opinion %1 nhận đúng một mã phản ánh</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report %1 is now %2.</source>
        <translation>Phản ánh %1 nay ở trạng thái %2.</translation>
    </message>
</context>
</TS>
