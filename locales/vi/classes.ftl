# Tiêu đề và mô tả của năm nhóm mã trạng thái HTTP, đặt tên theo chữ số đầu tiên.
# Chúng cũng mô tả các mã chưa đăng ký, mà theo RFC 9110 phải được xử lý như mã x00 của nhóm tương ứng.

class-1xx-title = Thông tin
class-1xx-description = Phản hồi trung gian: yêu cầu đã được nhận và máy chủ vẫn đang xử lý. Máy khách nên chờ phản hồi cuối cùng được gửi tiếp theo.
class-2xx-title = Thành công
class-2xx-description = Yêu cầu đã được nhận, hiểu và chấp nhận thành công.
class-3xx-title = Chuyển hướng
class-3xx-description = Máy khách cần thực hiện thêm thao tác để hoàn tất yêu cầu, thường là đi theo một chuyển hướng sang địa chỉ khác.
class-4xx-title = Lỗi máy khách
class-4xx-description = Yêu cầu có lỗi, chẳng hạn sai cú pháp, hoặc không thể đáp ứng được như cách đã gửi. Máy khách nên sửa lại trước khi thử lại.
class-5xx-title = Lỗi máy chủ
class-5xx-description = Máy chủ không đáp ứng được một yêu cầu có vẻ hợp lệ. Sự cố nằm ở phía máy chủ, và thử lại sau có thể giúp ích.
