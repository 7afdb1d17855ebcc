# Tiêu đề và mô tả dành cho người đọc của mọi mã trạng thái HTTP đã đăng ký.
# Các thông báo trạng thái gửi qua mạng nằm trong wire.ftl; tiêu đề ở đây chỉ được khác chúng về hình thức.

## 1xx Thông tin

status-100-title = Tiếp tục
status-100-description = Máy chủ đã nhận được phần đầu của yêu cầu và máy khách nên tiếp tục gửi phần còn lại. Mã này thường trả lời một yêu cầu đã hỏi, qua header Expect, liệu máy chủ có chấp nhận nội dung trước khi nội dung được gửi đi hay không.
status-101-title = Chuyển đổi giao thức
status-101-description = Máy chủ đồng ý với yêu cầu Upgrade của máy khách và đang chuyển kết nối sang một giao thức khác, chẳng hạn WebSocket. Sau phản hồi này, mọi dữ liệu trên kết nối đều dùng giao thức mới.
status-102-title = Đang xử lý
status-102-description = Phản hồi trung gian từng được dùng để báo cho máy khách rằng máy chủ đã nhận một yêu cầu WebDAV dài và vẫn đang xử lý. Mã này không còn được khuyến dùng: đặc tả WebDAV về sau đã loại bỏ nó, nên máy khách không nên dựa vào nó.
status-103-title = Gợi ý sớm
status-103-description = Phản hồi trung gian được gửi trước phản hồi cuối cùng, thường kèm header Link, để máy khách có thể bắt đầu tải trước tài nguyên trong khi máy chủ chuẩn bị câu trả lời. Mã này mang tính thử nghiệm, và máy khách không dùng các gợi ý này có thể đơn giản là bỏ qua nó.
status-104-title = Hỗ trợ tiếp tục tải lên
status-104-description = Phản hồi trung gian trong đó máy chủ cho biết nó hỗ trợ tải lên có thể tiếp tục và nơi có thể tìm thấy bản tải lên, để một lượt tải lên bị gián đoạn có thể được tiếp tục thay vì phải bắt đầu lại. Đây là đăng ký tạm thời cho bản dự thảo “Tải lên có thể tiếp tục cho HTTP” và có thể thay đổi hoặc hết hiệu lực.

## 2xx Thành công

status-200-title = OK
status-200-description = Yêu cầu đã thành công. Phản hồi chứa gì tùy thuộc vào phương thức: với GET là tài nguyên được yêu cầu, với POST thường là kết quả của thao tác.
status-201-title = Đã tạo
status-201-description = Yêu cầu đã thành công và tạo ra một hoặc nhiều tài nguyên mới. Tài nguyên mới chính thường được xác định bằng header Location của phản hồi.
status-202-title = Đã chấp nhận
status-202-description = Yêu cầu đã được chấp nhận để xử lý, nhưng việc xử lý chưa xong và vẫn có thể thất bại. Điều này thường gặp với các tác vụ trong hàng đợi hoặc chạy nền; phản hồi thường cho biết nơi theo dõi tiến độ.
status-203-title = Thông tin không có thẩm quyền
status-203-description = Yêu cầu đã thành công, nhưng một proxy chuyển đổi đã sửa đổi nội dung, nên nội dung không hoàn toàn giống với những gì máy chủ gốc đã gửi.
status-204-title = Không có nội dung
status-204-description = Yêu cầu đã thành công và không có gì để gửi lại. Trình duyệt sẽ ở lại trang hiện tại, và máy khách API không nên chờ đợi phần thân phản hồi.
status-205-title = Đặt lại nội dung
status-205-description = Yêu cầu đã thành công và máy khách nên đặt lại giao diện đã gửi yêu cầu đó, chẳng hạn xóa trắng biểu mẫu để có thể nhập dữ liệu mới. Phản hồi không có nội dung.
status-206-title = Nội dung một phần
status-206-description = Máy chủ chỉ gửi những phần của tài nguyên mà máy khách đã yêu cầu bằng header Range. Đây là cách các lượt tải xuống được tiếp tục và cách trình phát đa phương tiện nhảy đến một vị trí trong tệp.
status-207-title = Đa trạng thái
status-207-description = Phản hồi WebDAV báo cáo một trạng thái riêng cho từng tài nguyên hoặc thao tác trong số nhiều tài nguyên hoặc thao tác, trong phần thân XML. Hãy kiểm tra từng trạng thái trong phần thân thay vì mã tổng thể.
status-208-title = Đã báo cáo
status-208-description = Được dùng bên trong phản hồi đa trạng thái của WebDAV để cho biết các thành viên của một bộ sưu tập đã được liệt kê trước đó trong cùng phản hồi và sẽ không được lặp lại. Nhờ vậy, một tài nguyên có thể truy cập qua nhiều ràng buộc sẽ không bị liệt kê nhiều lần.
status-226-title = Đã dùng IM
status-226-description = Máy chủ đã đáp ứng một yêu cầu GET, và phản hồi là kết quả của một hoặc nhiều thao tác trên thực thể (IM), chẳng hạn một delta, được áp dụng lên phiên bản hiện tại của tài nguyên. Mã này thuộc phần mở rộng mã hóa delta của HTTP.

## 3xx Chuyển hướng

status-300-title = Nhiều lựa chọn
status-300-description = Tài nguyên có nhiều biểu diễn, mỗi biểu diễn có địa chỉ riêng, và người dùng hoặc máy khách nên chọn một trong số đó. Máy chủ có thể chỉ ra lựa chọn mà nó ưu tiên trong header Location.
status-301-title = Đã chuyển vĩnh viễn
status-301-description = Tài nguyên đã chuyển vĩnh viễn đến địa chỉ ghi trong header Location, và các liên kết cũng như dấu trang nên được cập nhật theo địa chỉ đó. Khi đi theo địa chỉ mới, máy khách có thể đổi POST thành GET; 308 là biến thể giữ nguyên phương thức.
status-302-title = Đã tìm thấy
status-302-description = Tài nguyên tạm thời nằm ở địa chỉ ghi trong header Location, và các yêu cầu sau này vẫn nên dùng địa chỉ ban đầu. Khi đi theo địa chỉ này, máy khách có thể đổi POST thành GET; 307 là biến thể giữ nguyên phương thức.
status-303-title = Xem tài nguyên khác
status-303-description = Máy chủ đưa máy khách đến một tài nguyên khác, ghi trong header Location, và tài nguyên đó nên được lấy bằng GET. Mã này thường được dùng sau khi gửi biểu mẫu, để hiển thị trang kết quả.
status-304-title = Không thay đổi
status-304-description = Một yêu cầu có điều kiện cho thấy tài nguyên không thay đổi kể từ phiên bản mà máy khách đã có, nên máy khách có thể dùng bản sao trong bộ nhớ đệm của mình. Phản hồi không có nội dung.
status-305-title = Dùng proxy
status-305-description = Trước đây mã này bảo máy khách gửi lại yêu cầu thông qua proxy ghi trong header Location. Mã này không còn được khuyến dùng vì lý do bảo mật, bởi nó cho phép máy chủ định tuyến lưu lượng của máy khách qua bất kỳ proxy nào, và các máy khách hiện nay không làm theo nó.
status-307-title = Chuyển hướng tạm thời
status-307-description = Tài nguyên tạm thời nằm ở địa chỉ ghi trong header Location, và máy khách phải gửi lại yêu cầu đến đó với cùng phương thức và nội dung. Các yêu cầu sau này vẫn nên gửi đến địa chỉ ban đầu.
status-308-title = Chuyển hướng vĩnh viễn
status-308-description = Tài nguyên đã chuyển vĩnh viễn đến địa chỉ ghi trong header Location, và máy khách phải gửi lại yêu cầu đến đó với cùng phương thức và nội dung. Các yêu cầu sau này nên dùng địa chỉ mới.

## 4xx Lỗi máy khách

status-400-title = Yêu cầu không hợp lệ
status-400-description = Máy chủ không thể hoặc sẽ không xử lý yêu cầu vì điều mà nó coi là lỗi của máy khách, chẳng hạn cú pháp sai hoặc thông điệp không hợp lệ. Hãy sửa yêu cầu trước khi gửi lại.
status-401-title = Chưa xác thực
status-401-description = Yêu cầu thiếu thông tin xác thực hợp lệ cho tài nguyên. Header WWW-Authenticate của phản hồi cho biết cách xác thực; hãy đăng nhập hoặc gửi thông tin xác thực rồi thử lại.
status-402-title = Cần thanh toán
status-402-description = Được dành riêng để dùng trong tương lai; HTTP không định nghĩa ý nghĩa của mã này. Một số dịch vụ dùng nó một cách không chính thức để báo rằng cần thanh toán hoặc đăng ký gói dịch vụ.
status-403-title = Bị cấm
status-403-description = Máy chủ hiểu yêu cầu nhưng từ chối thực hiện. Khác với 401, đăng nhập lại bằng cùng thông tin xác thực sẽ không giúp được gì: máy khách không có quyền đối với tài nguyên này.
status-404-title = Không tìm thấy
status-404-description = Máy chủ không có gì ở địa chỉ này, hoặc không muốn tiết lộ rằng có thứ gì đó ở đây. Hãy kiểm tra xem địa chỉ có bị gõ nhầm không; trang có thể đã bị chuyển đi nơi khác hoặc bị xóa.
status-405-title = Phương thức không được phép
status-405-description = Tài nguyên tồn tại nhưng không chấp nhận phương thức của yêu cầu, chẳng hạn POST đến một trang chỉ đọc. Header Allow của phản hồi liệt kê các phương thức mà tài nguyên chấp nhận.
status-406-title = Không thể chấp nhận
status-406-description = Máy chủ không có phiên bản nào của tài nguyên khớp với những gì máy khách cho biết là chấp nhận trong các header Accept, như loại phương tiện hoặc ngôn ngữ, và sẽ không gửi phiên bản mặc định.
status-407-title = Cần xác thực proxy
status-407-description = Giống 401, nhưng trước tiên máy khách phải xác thực với một proxy nằm giữa nó và máy chủ. Header Proxy-Authenticate của phản hồi cho biết cách thực hiện.
status-408-title = Hết thời gian chờ yêu cầu
status-408-description = Máy chủ không nhận được yêu cầu hoàn chỉnh trong khoảng thời gian mà nó sẵn sàng chờ, và đang đóng kết nối. Máy khách có thể gửi lại yêu cầu trên một kết nối mới.
status-409-title = Xung đột
status-409-description = Yêu cầu xung đột với trạng thái hiện tại của tài nguyên, chẳng hạn một chỉnh sửa dựa trên phiên bản đã cũ. Hãy giải quyết xung đột, thường là bằng cách lấy phiên bản mới nhất, rồi thử lại.
status-410-title = Không còn tồn tại
status-410-description = Tài nguyên từng ở đây nhưng đã bị gỡ bỏ có chủ đích và sẽ không quay lại; không có địa chỉ mới nào được biết đến. Các liên kết đến tài nguyên này nên được xóa.
status-411-title = Cần độ dài nội dung
status-411-description = Máy chủ từ chối yêu cầu vì yêu cầu không có header Content-Length. Hãy gửi lại kèm theo độ dài nội dung.
status-412-title = Điều kiện tiên quyết không đạt
status-412-description = Một điều kiện trong các header của yêu cầu, chẳng hạn If-Match hoặc If-Unmodified-Since, hóa ra là sai trên máy chủ. Điều này thường giúp tránh ghi đè lên một tài nguyên mà người khác đã thay đổi trong lúc đó.
status-413-title = Nội dung quá lớn
status-413-description = Nội dung của yêu cầu lớn hơn mức máy chủ sẵn sàng hoặc có thể xử lý. Hãy gửi ít dữ liệu hơn; nếu giới hạn chỉ là tạm thời, header Retry-After có thể cho biết khi nào nên thử lại.
status-414-title = URI quá dài
status-414-description = Địa chỉ được yêu cầu dài hơn mức máy chủ sẵn sàng diễn giải. Điều này thường do đưa quá nhiều dữ liệu vào chuỗi truy vấn; thay vào đó, hãy gửi dữ liệu như vậy trong phần thân yêu cầu.
status-415-title = Loại phương tiện không được hỗ trợ
status-415-description = Máy chủ từ chối yêu cầu vì nội dung của nó có định dạng, hoặc dùng kiểu mã hóa, mà tài nguyên không hỗ trợ cho phương thức này. Hãy kiểm tra các header Content-Type và Content-Encoding.
status-416-title = Phạm vi không thể đáp ứng
status-416-description = Không có phạm vi nào được yêu cầu trong header Range có thể được phục vụ, chẳng hạn vì chúng bắt đầu sau điểm kết thúc của tài nguyên. Phản hồi thường cho biết độ dài hiện tại của tài nguyên trong header Content-Range.
status-417-title = Kỳ vọng không được đáp ứng
status-417-description = Máy chủ không thể đáp ứng kỳ vọng nêu trong header Expect của yêu cầu. Máy khách có thể gửi lại yêu cầu mà không kèm header đó.
status-418-title = Tôi là ấm trà
status-418-description = Được dành riêng và không dùng trong HTTP. Mã này bắt nguồn từ Giao thức điều khiển bình pha cà phê siêu văn bản, một trò đùa Cá tháng Tư trong đó một chiếc ấm trà từ chối pha cà phê, và một số máy chủ vẫn gửi nó như một easter egg.
status-421-title = Yêu cầu sai hướng
status-421-description = Yêu cầu đã đến một máy chủ không thể tạo phản hồi cho địa chỉ của nó, chẳng hạn vì một kết nối được dùng lại dẫn đến một máy chủ không được thiết lập cho tên host đó. Máy khách có thể thử lại qua một kết nối khác.
status-422-title = Nội dung không thể xử lý
status-422-description = Máy chủ hiểu loại nội dung và cú pháp là đúng, nhưng không thể thực hiện theo những gì nội dung nêu ra, chẳng hạn vì dữ liệu không vượt qua bước kiểm tra hợp lệ. Hãy sửa dữ liệu trước khi thử lại.
status-423-title = Bị khóa
status-423-description = Tài nguyên WebDAV đang bị khóa, nên không thể áp dụng phương thức lên nó. Hãy chờ đến khi khóa được giải phóng, hoặc gửi token khóa nếu bạn đang giữ khóa.
status-424-title = Phụ thuộc thất bại
status-424-description = Không thể thực hiện phương thức trên tài nguyên vì một thao tác khác mà nó phụ thuộc vào đã thất bại. Trong WebDAV, điều này xảy ra chẳng hạn khi một thay đổi trong một nhóm thay đổi thất bại và vì thế các thay đổi còn lại không được áp dụng.
status-425-title = Quá sớm
status-425-description = Máy chủ sẽ không xử lý yêu cầu được gửi dưới dạng dữ liệu sớm TLS, vì dữ liệu như vậy có thể bị kẻ tấn công phát lại. Máy khách nên gửi lại yêu cầu sau khi quá trình bắt tay hoàn tất.
status-426-title = Cần nâng cấp
status-426-description = Máy chủ từ chối xử lý yêu cầu qua giao thức hiện tại nhưng có thể làm vậy khi máy khách chuyển sang giao thức khác. Header Upgrade của phản hồi nêu tên các giao thức mà máy chủ đòi hỏi.
status-428-title = Cần điều kiện tiên quyết
status-428-description = Máy chủ đòi hỏi yêu cầu phải có điều kiện, chẳng hạn kèm header If-Match, để các thay đổi của những máy khách khác nhau không ghi đè lên nhau. Hãy lấy phiên bản hiện tại rồi gửi lại yêu cầu kèm một điều kiện.
status-429-title = Quá nhiều yêu cầu
status-429-description = Máy khách đã gửi quá nhiều yêu cầu trong một khoảng thời gian nhất định và đang bị giới hạn tốc độ. Hãy giảm tốc độ gửi; header Retry-After có thể cho biết cần chờ bao lâu.
status-431-title = Các trường header của yêu cầu quá lớn
status-431-description = Máy chủ sẽ không xử lý yêu cầu vì các trường header của nó, dù là một trường riêng lẻ hay tất cả cộng lại, quá lớn. Hãy giảm kích thước header, chẳng hạn bằng cách xóa cookie của trang web, rồi thử lại.
status-451-title = Không khả dụng vì lý do pháp lý
status-451-description = Máy chủ từ chối quyền truy cập vào tài nguyên do một đòi hỏi pháp lý, chẳng hạn lệnh của tòa án hoặc sự kiểm duyệt của chính phủ. Phản hồi nên giải thích đòi hỏi đó là gì và do ai đưa ra.

## 5xx Lỗi máy chủ

status-500-title = Lỗi máy chủ nội bộ
status-500-description = Máy chủ gặp một tình huống không lường trước khiến nó không thể đáp ứng yêu cầu. Lỗi nằm ở phía máy chủ; hãy thử lại sau, và nếu sự cố vẫn tiếp diễn, hãy liên hệ quản trị viên của trang web.
status-501-title = Chưa được triển khai
status-501-description = Máy chủ không hỗ trợ chức năng cần thiết để đáp ứng yêu cầu, thường là vì nó hoàn toàn không nhận ra phương thức của yêu cầu. Khác với 405, điều này áp dụng cho toàn bộ máy chủ chứ không chỉ cho một tài nguyên.
status-502-title = Cổng nối không hợp lệ
status-502-description = Một máy chủ đóng vai trò cổng nối hoặc proxy đã nhận được phản hồi không hợp lệ từ máy chủ thượng nguồn mà nó liên hệ. Sự cố nằm giữa các máy chủ, và thử lại sau có thể giúp ích.
status-503-title = Dịch vụ không khả dụng
status-503-description = Máy chủ hiện không thể xử lý yêu cầu, thường là do quá tải hoặc đang tạm ngừng để bảo trì. Hãy thử lại sau; header Retry-After có thể cho biết khi nào.
status-504-title = Hết thời gian chờ cổng nối
status-504-description = Một máy chủ đóng vai trò cổng nối hoặc proxy đã không nhận được phản hồi kịp thời từ máy chủ thượng nguồn mà nó cần liên hệ. Thử lại sau có thể giúp ích.
status-505-title = Phiên bản HTTP không được hỗ trợ
status-505-description = Máy chủ không hỗ trợ, hoặc từ chối hỗ trợ, phiên bản chính của HTTP được dùng trong yêu cầu. Máy khách nên thử lại với một phiên bản khác của giao thức.
status-506-title = Biến thể cũng thương lượng
status-506-description = Máy chủ bị cấu hình sai cho việc thương lượng nội dung trong suốt: biến thể mà nó chọn lại được thiết lập để tự thương lượng, dẫn đến một quá trình không bao giờ kết thúc. Mã này bắt nguồn từ một đặc tả thử nghiệm và hiếm khi gặp.
status-507-title = Không đủ dung lượng lưu trữ
status-507-description = Máy chủ không thể lưu trữ những gì cần thiết để hoàn tất yêu cầu, chẳng hạn vì ổ đĩa hoặc hạn mức đã đầy. Trong WebDAV, tình trạng này được coi là tạm thời.
status-508-title = Phát hiện vòng lặp
status-508-description = Máy chủ đã dừng một thao tác vì phát hiện vòng lặp vô hạn khi xử lý một yêu cầu WebDAV có độ sâu vô hạn. Toàn bộ thao tác đã thất bại.
status-510-title = Không được mở rộng
status-510-description = Yêu cầu không kèm các khai báo phần mở rộng mà máy chủ đòi hỏi theo Khung mở rộng HTTP. Mã này đã lỗi thời: khung đó đã được chuyển sang trạng thái Lịch sử (Historic), và không nên dùng mã này nữa.
status-511-title = Cần xác thực mạng
status-511-description = Máy khách phải đăng nhập để có quyền truy cập mạng, thường là tại trang đăng nhập (captive portal) của Wi-Fi công cộng; phản hồi đến từ mạng chứ không phải từ trang web được yêu cầu. Hãy mở một trang web rồi đăng nhập hoặc chấp nhận điều khoản của mạng.
