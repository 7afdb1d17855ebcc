# Các từ trên trang lỗi HTML mà ứng dụng web hiển thị cho người dùng.

# Nhãn đứng trước mã và thông báo trạng thái: “Trạng thái HTTP: 404 Not Found”.
page-status-label = Trạng thái HTTP
# Liên kết quay về trang đầu của trang web.
page-home-link = Về trang chủ
