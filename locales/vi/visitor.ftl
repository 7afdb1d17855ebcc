# Nội dung trang lỗi nói với khách truy cập không phải là nhà phát triển: với mỗi lỗi phía máy khách
# (4xx) và lỗi phía máy chủ (5xx), một thông báo ngắn ở đầu trang và việc nên làm.
# Viết cho bất kỳ ai dùng trang web: không dùng thuật ngữ (“yêu cầu” thì được, “upstream” hay
# “POST” thì không), nói trực tiếp với khách truy cập (“bạn”), mỗi mục một hoặc hai câu ngắn.
# Phần mô tả kỹ thuật của từng mã (status.ftl) hiện bên dưới, trong mục “Chi tiết kỹ thuật”.
# Giữ giọng điềm tĩnh và không bao giờ đổ lỗi cho khách truy cập.

## Lỗi phía máy khách (4xx): có vấn đề với yêu cầu. visitor-NNN đứng đầu trang;
## visitor-NNN-action cho biết khách truy cập có thể làm gì.

visitor-400 = Trang web không hiểu được yêu cầu mà trình duyệt của bạn đã gửi.
visitor-400-action = Vui lòng quay lại và thử lại. Nếu lỗi vẫn xảy ra, hãy xóa cookie của trang web này hoặc dùng trình duyệt khác.
visitor-401 = Bạn cần đăng nhập để xem trang này.
visitor-401-action = Vui lòng đăng nhập rồi thử lại.
visitor-402 = Để xem nội dung này, bạn cần thanh toán hoặc đăng ký gói.
visitor-402-action = Vui lòng kiểm tra gói đăng ký hoặc thông tin thanh toán của bạn trên trang web này.
visitor-403 = Bạn không có quyền xem trang này.
visitor-403-action = Nếu bạn cho rằng mình được phép truy cập, vui lòng liên hệ với quản trị viên trang web.
visitor-404 = Chúng tôi không tìm thấy trang bạn đang tìm.
visitor-404-action = Vui lòng kiểm tra xem địa chỉ có bị gõ nhầm không, hoặc bắt đầu lại từ trang chủ.
visitor-405 = Không thể dùng trang này theo cách mà trình duyệt của bạn vừa thử.
visitor-405-action = Vui lòng quay lại trang trước và thử lại từ đó.
visitor-406 = Trang web không có phiên bản nào của trang này ở định dạng hoặc ngôn ngữ mà trình duyệt của bạn chấp nhận.
visitor-406-action = Vui lòng thử lại bằng trình duyệt khác, hoặc thay đổi cài đặt ngôn ngữ của trình duyệt.
visitor-407 = Mạng bạn đang dùng yêu cầu bạn đăng nhập trước khi truy cập trang web này.
visitor-407-action = Vui lòng đăng nhập vào mạng của bạn rồi thử lại.
visitor-408 = Trang web đã chờ quá lâu để trình duyệt của bạn gửi xong yêu cầu.
visitor-408-action = Vui lòng thử lại. Nếu kết nối của bạn chậm, hãy đợi một lát trước khi thử.
visitor-409 = Thay đổi của bạn xung đột với trạng thái hiện tại của trang này, có thể vì người khác đã thay đổi trước.
visitor-409-action = Vui lòng tải lại trang để xem phiên bản mới nhất, rồi thực hiện lại thay đổi của bạn.
visitor-410 = Trang này đã bị gỡ bỏ vĩnh viễn.
visitor-410-action = Vui lòng bắt đầu lại từ trang chủ, hoặc tìm nội dung tương tự trên trang web.
visitor-411 = Trình duyệt của bạn đã gửi yêu cầu ở dạng mà trang web không thể chấp nhận.
visitor-411-action = Vui lòng thử lại. Nếu lỗi vẫn xảy ra, hãy dùng trình duyệt khác.
visitor-412 = Trang này đã thay đổi kể từ lần cuối trình duyệt của bạn tải nó, nên chưa có thao tác nào được thực hiện.
visitor-412-action = Vui lòng tải lại trang rồi thử lại.
visitor-413 = Nội dung bạn định gửi lớn hơn mức trang web này chấp nhận.
visitor-413-action = Vui lòng thử một tệp nhỏ hơn, hoặc gửi ít hơn trong mỗi lần.
visitor-414 = Địa chỉ web quá dài nên trang web không xử lý được.
visitor-414-action = Vui lòng kiểm tra địa chỉ, hoặc quay lại và nhấp vào liên kết một lần nữa.
visitor-415 = Trang web không chấp nhận loại tệp hoặc dữ liệu này.
visitor-415-action = Vui lòng thử lại với một tệp ở định dạng khác.
visitor-416 = Phần tệp mà trình duyệt của bạn yêu cầu không tồn tại.
visitor-416-action = Vui lòng tải xuống lại từ đầu.
visitor-417 = Trang web không thể đáp ứng một điều kiện mà trình duyệt của bạn đặt ra cho yêu cầu này.
visitor-417-action = Vui lòng thử lại. Nếu lỗi vẫn xảy ra, hãy dùng trình duyệt khác.
visitor-418 = Máy chủ này là một ấm trà, mà ấm trà thì không pha cà phê.
visitor-418-action = Thay vào đó, hãy thử dùng bình pha cà phê.
visitor-421 = Yêu cầu của bạn đã đến một máy chủ không phục vụ trang web này.
visitor-421-action = Vui lòng tải lại trang sau giây lát.
visitor-422 = Trang web đã hiểu nội dung bạn gửi, nhưng có một phần không hợp lệ.
visitor-422-action = Vui lòng kiểm tra những gì bạn đã nhập, sửa lại rồi gửi lại.
visitor-423 = Mục này đang bị khóa vì đang được sử dụng hoặc chỉnh sửa.
visitor-423-action = Vui lòng đợi một lúc rồi thử lại.
visitor-424 = Không thể hoàn tất thao tác này vì một bước mà nó phụ thuộc vào đã thất bại.
visitor-424-action = Vui lòng thực hiện lại toàn bộ thao tác.
visitor-425 = Vì sự an toàn của bạn, trang web chưa xử lý yêu cầu này.
visitor-425-action = Vui lòng thử lại.
visitor-426 = Trang web cần một kết nối mới hơn và an toàn hơn kết nối mà trình duyệt của bạn đã dùng.
visitor-426-action = Vui lòng cập nhật trình duyệt hoặc ứng dụng của bạn rồi thử lại.
visitor-428 = Để tránh ghi đè lên thay đổi của người khác, trang web cần biết bạn đang chỉnh sửa phiên bản nào.
visitor-428-action = Vui lòng tải lại trang rồi thực hiện lại thay đổi của bạn.
visitor-429 = Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn.
visitor-429-action = Vui lòng đợi một lúc rồi thử lại.
visitor-431 = Trình duyệt của bạn đã gửi quá nhiều thông tin bổ sung kèm theo yêu cầu, thường là do cookie quá lớn.
visitor-431-action = Vui lòng xóa cookie của trang web này rồi thử lại.
visitor-451 = Trang này không khả dụng tại khu vực của bạn vì lý do pháp lý.
visitor-451-action = Vui lòng bắt đầu lại từ trang chủ; trang web có thể giải thích lý do ở nơi khác.

## Lỗi phía máy chủ (5xx): sự cố nằm ở phía trang web, không phải ở phía khách truy cập.

visitor-500 = Đã xảy ra sự cố ở phía trang web.
visitor-500-action = Vui lòng thử lại sau vài phút. Nếu lỗi vẫn xảy ra, hãy báo cho quản trị viên trang web.
visitor-501 = Trang web không thể thực hiện điều mà trình duyệt của bạn yêu cầu.
visitor-501-action = Vui lòng quay lại trang trước.
visitor-502 = Trang web không nhận được câu trả lời hợp lệ từ một máy chủ khác mà nó phụ thuộc vào.
visitor-502-action = Vui lòng thử lại sau vài phút.
visitor-503 = Hiện tại trang web không thể xử lý yêu cầu của bạn.
visitor-503-action = Vui lòng thử lại sau vài phút.
visitor-504 = Trang web đã phải chờ quá lâu một máy chủ khác mà nó phụ thuộc vào.
visitor-504-action = Vui lòng thử lại sau vài phút.
visitor-505 = Trang web không hỗ trợ kiểu kết nối mà trình duyệt của bạn đã dùng.
visitor-505-action = Vui lòng cập nhật trình duyệt hoặc ứng dụng của bạn rồi thử lại.
visitor-506 = Trang web được thiết lập theo cách khiến nó không thể chọn phiên bản nào của trang này để hiển thị.
visitor-506-action = Vui lòng báo cho quản trị viên trang web.
visitor-507 = Trang web đã hết dung lượng lưu trữ cho yêu cầu của bạn.
visitor-507-action = Vui lòng thử lại sau, hoặc báo cho quản trị viên trang web.
visitor-508 = Trang web bị rơi vào một vòng lặp khi xử lý yêu cầu của bạn.
visitor-508-action = Vui lòng báo cho quản trị viên trang web.
visitor-510 = Trang web cần thêm thông tin kèm theo yêu cầu thì mới xử lý được.
visitor-510-action = Vui lòng báo cho quản trị viên trang web.
visitor-511 = Bạn cần đăng nhập vào mạng trước khi có thể sử dụng Internet.
visitor-511-action = Vui lòng mở một trang web bất kỳ để đến trang đăng nhập của mạng, rồi đăng nhập.

## Các mã không có thông báo riêng (như 499 hoặc 599) dùng thông báo của nhóm.

visitor-4xx = Có vấn đề với yêu cầu nên trang web không thể hoàn tất.
visitor-4xx-action = Vui lòng kiểm tra địa chỉ, hoặc quay lại và thử lại.
visitor-5xx = Đã xảy ra sự cố ở phía trang web.
visitor-5xx-action = Vui lòng thử lại sau vài phút.
