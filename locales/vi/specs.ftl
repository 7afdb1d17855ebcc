# Tiêu đề của các đặc tả định nghĩa mã trạng thái, và các từ dùng khi
# trích dẫn chúng (“RFC 9110, mục 15.5.5 (Thử nghiệm)”).
# Số RFC và số mục do chương trình thêm vào: không viết chúng ở đây.

spec-rfc9110 = Ngữ nghĩa HTTP
spec-rfc2518 = Các phần mở rộng HTTP cho soạn thảo phân tán (WebDAV)
spec-rfc4918 = Các phần mở rộng HTTP cho soạn thảo và quản lý phiên bản phân tán trên web (WebDAV)
spec-rfc5842 = Các phần mở rộng ràng buộc cho WebDAV
spec-rfc3229 = Mã hóa delta trong HTTP
spec-rfc8297 = Mã trạng thái HTTP để gửi gợi ý
spec-rfc8470 = Sử dụng dữ liệu sớm trong HTTP
spec-rfc6585 = Các mã trạng thái HTTP bổ sung
spec-rfc7725 = Mã trạng thái HTTP để báo cáo trở ngại pháp lý
spec-rfc2295 = Thương lượng nội dung trong suốt trong HTTP
spec-rfc2774 = Khung mở rộng HTTP
spec-rfc2324 = Giao thức điều khiển bình pha cà phê siêu văn bản (HTCPCP/1.0)
spec-draft-resumable-upload = Tải lên có thể tiếp tục cho HTTP (Internet-Draft)

# Cách trích dẫn một mục của đặc tả: “RFC 9110, mục 15.5.5”. { $spec } là đặc tả
# (“RFC 9110”), { $section } là số mục; dùng mỗi biến đúng một lần.
spec-citation = { $spec }, mục { $section }
# Trích dẫn một RFC thử nghiệm: “RFC 5842, mục 7.1 (Thử nghiệm)”. { $citation } là
# trích dẫn ở trên; dùng đúng một lần.
spec-citation-experimental = { $citation } (Thử nghiệm)

# Vị trí của một mã trạng thái trong vòng đời của nó.
lifecycle-standard = Tiêu chuẩn
lifecycle-experimental = Thử nghiệm
lifecycle-provisional = Tạm thời
lifecycle-deprecated = Không còn được khuyến dùng
lifecycle-obsoleted = Đã lỗi thời
lifecycle-reserved = Dành riêng
