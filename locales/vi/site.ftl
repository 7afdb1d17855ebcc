# Các từ của trang web tham khảo mà “httpstatus site” tạo ra: một trang mục lục cho mỗi ngôn ngữ (bảng
# trạng thái kèm mục lục), một trang cho mỗi mã trạng thái, và một trang gốc liệt kê các ngôn ngữ.
# Chỉ công cụ đọc tệp này. Giữ nguyên các { $biến }. Tên enum (NOT_FOUND), thông báo trạng thái,
# tên header (Location) và các ví dụ trao đổi không bao giờ được dịch và không có trong tệp này.

## Trên mọi trang

# Nút ở đầu mọi trang, mở danh sách ngôn ngữ (mỗi ngôn ngữ được viết bằng chính ngôn ngữ đó).
site-languages = Ngôn ngữ
# Liên kết cho người dùng bàn phím, đứng đầu mọi trang và chỉ hiện khi được focus: nó bỏ qua phần
# đầu trang và danh sách ngôn ngữ.
site-skip = Chuyển đến nội dung
# Tiêu đề của trang trong thẻ trình duyệt và trong kết quả tìm kiếm. { $page } là tiêu đề của chính
# trang đó (“404 Không tìm thấy”), { $site } là tên trang web (“Mã trạng thái HTTP”). Hai phần được
# ngăn bằng dấu gạch đứng, như các trang web tiếng Việt thường làm.
site-page-title = { $page } | { $site }
# Dòng cuối cùng của mọi trang.
site-footer = Được tạo từ các tệp ngôn ngữ của http-status-catalog. Tên enum, thông báo trạng thái và các ví dụ trao đổi được giữ nguyên như cách HTTP viết.

## Trang mục lục của một ngôn ngữ: bảng trạng thái, chia theo nhóm

# Tiêu đề của mục lục, nơi liệt kê năm nhóm.
site-contents = Mục lục
# Đứng sau một nhóm trong mục lục: { $count } là số mã của nhóm đó (tiếng Việt chỉ có một loại số
# đếm theo CLDR: other).
site-class-count = { $count ->
       *[other] { $count } mã
    }

## Trang của một mã trạng thái

# Liên kết quay về trang mục lục, ở đầu trang.
site-all-codes = Tất cả mã trạng thái
# Tiêu đề phía trên phần trang lỗi nói với khách truy cập không phải là nhà phát triển, và việc nên
# làm (chỉ với lỗi phía máy khách và lỗi phía máy chủ). Phần mô tả kỹ thuật đứng sau khung này.
site-visitor = Nội dung hiển thị cho khách truy cập
# Các nhãn trong danh sách thông tin về một mã, mỗi nhãn có giá trị đi sau.
site-label-class = Nhóm
# Vị trí của mã trong vòng đời của nó: tiêu chuẩn, thử nghiệm, không còn được khuyến dùng, v.v.
site-label-lifecycle = Tình trạng
site-label-name = Tên enum
# Những tên mà mã từng có trong các đặc tả hoặc thư viện trước đây (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Tên cũ
# Đoạn văn bản tiếng Anh đứng sau mã trong dòng trạng thái của phản hồi (“Not Found”).
site-label-phrase = Thông báo trạng thái
# Các mục của đặc tả định nghĩa mã này, mỗi mục có liên kết.
site-label-references = Được định nghĩa trong
site-label-caching = Lưu vào bộ nhớ đệm
site-label-content = Nội dung
# Giá trị của “Lưu vào bộ nhớ đệm” cho những mã mà bộ nhớ đệm được phép lưu dù không được chỉ thị
# (RFC 9110 gọi là heuristically cacheable).
site-cacheable-yes = Mặc định có thể lưu vào bộ nhớ đệm: bộ nhớ đệm có thể lưu phản hồi này và dùng lại, ngay cả khi các header của phản hồi không cho biết gì về độ mới.
# Giá trị của “Lưu vào bộ nhớ đệm” cho các mã còn lại.
site-cacheable-no = Mặc định không thể lưu vào bộ nhớ đệm: bộ nhớ đệm chỉ lưu phản hồi này khi các header của phản hồi cho phép.
# Giá trị của “Nội dung” cho những mã mà phản hồi không bao giờ có nội dung (1xx, 204, 205, 304).
site-no-content-yes = Không bao giờ có nội dung: phản hồi kết thúc ngay sau các header.
# Giá trị của “Nội dung” cho các mã còn lại.
site-no-content-no = Có thể có nội dung, chẳng hạn một trang giải thích trạng thái này.
# Tiêu đề phía trên ví dụ về một yêu cầu và phản hồi của nó.
site-example = Ví dụ trao đổi
# Bên dưới ví dụ.
site-example-note = Một yêu cầu, tiếp theo là dòng trạng thái và những header của phản hồi có liên quan đến mã này. Phần nội dung của thông điệp được lược bỏ.
# Tên của các liên kết đến mã trước và mã sau ở cuối trang, dành cho trình đọc màn hình.
site-neighbours = Mã trước và mã sau

## Trang gốc, liệt kê mọi ngôn ngữ

# Tiêu đề của trang gốc, hiển thị bằng tiếng Anh, theo sau là danh sách ngôn ngữ, mỗi ngôn ngữ viết
# bằng chính ngôn ngữ đó. Tiêu đề này cũng được dùng trên các trang của ngôn ngữ này.
site-root-heading = Chọn ngôn ngữ
