# Các từ trên trang lỗi HTML mà ứng dụng web hiển thị cho người dùng.

# Nhãn đứng trước mã và thông báo trạng thái: “Trạng thái HTTP: 404 Not Found”.
page-status-label = Trạng thái HTTP
# Liên kết quay về trang đầu của trang web.
page-home-link = Về trang chủ
# Nút tải lại trang, hiện với các lỗi có thể tự hết (408, 425, 429 và các lỗi phía máy chủ).
page-try-again = Thử lại
# Tiêu đề của khối nhỏ chứa mã, mã yêu cầu và mô tả kỹ thuật.
page-technical-details = Chi tiết kỹ thuật
# Nhãn của mã định danh yêu cầu, mà nhân viên hỗ trợ dùng để tìm yêu cầu trong nhật ký.
page-request-id = Mã yêu cầu
# Nhãn của địa chỉ (đường dẫn và chuỗi truy vấn) mà khách truy cập đã yêu cầu, theo báo cáo của proxy ngược
# đứng trước trang web (X-Original-URI); giá trị hiển thị đúng như được gửi, từ trái sang phải.
page-original-uri = Địa chỉ được yêu cầu
# Nhãn của các phương thức mà trang chấp nhận, lấy từ header Allow của phản hồi (405).
page-allowed-methods = Các phương thức được phép
# Khi trang web cho biết lúc nào có thể thử lại (header Retry-After): số giây, phút hoặc giờ.
# Tiếng Việt không có dạng số nhiều nên dùng luôn tên đơn vị. Dùng { $count } đúng một lần.
page-retry-seconds = Bạn có thể thử lại sau { $count } giây.
page-retry-minutes = Bạn có thể thử lại sau { $count } phút.
page-retry-hours = Bạn có thể thử lại sau { $count } giờ.
