# Các từ dùng khi bảng trạng thái được kết xuất thành tài liệu.

docs-caption = Mã trạng thái HTTP
docs-intro = Mọi mã trạng thái trong Sổ đăng ký mã trạng thái HTTP của IANA, kèm theo đặc tả định nghĩa mã đó.

# Tiêu đề cột của bảng trạng thái.
docs-column-code = Mã
docs-column-name = Tên enum
docs-column-details = Chi tiết
docs-column-phrase = Thông báo trạng thái
docs-column-title = Tiêu đề
docs-column-description = Mô tả
docs-column-class = Nhóm
docs-column-lifecycle = Tình trạng
docs-column-aliases = Tên khác

# Ghi chú ở cuối bảng được kết xuất, cho biết bảng được tạo từ đâu.
docs-generated = Được tạo từ các tệp ngôn ngữ của danh mục bằng “httpstatus docs”. Không chỉnh sửa thủ công.
