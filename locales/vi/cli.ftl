# Các từ của công cụ dòng lệnh httpstatus. Chỉ công cụ này đọc tệp này.
# Giữ nguyên các { $biến }; Fluent chọn dạng số nhiều theo con số, nên hãy cung cấp
# mọi dạng mà ngôn ngữ của bạn cần (https://projectfluent.org/fluent/guide/selectors.html).
# Tiếng Việt chỉ có một loại số đếm theo CLDR: other.

## Nhãn của một mã được mô tả: “Nhóm: 4xx (Lỗi máy khách)”.

cli-label-class = Nhóm
cli-label-name = Tên
cli-label-aliases = Tên khác
cli-label-phrase = Thông báo trạng thái
cli-label-lifecycle = Tình trạng
cli-label-references = Được định nghĩa trong
cli-label-locale = Ngôn ngữ
cli-label-cacheable = Mặc định có thể lưu vào bộ nhớ đệm
cli-label-no-content = Không bao giờ có nội dung
cli-yes = có
cli-no = không
# Nhóm đứng sau nhãn: “4xx (Lỗi máy khách)”. { $class } có dạng như 4xx, { $title } là tên của nhóm.
cli-class-value = { $class } ({ $title })
# Tài liệu tham chiếu đứng sau nhãn: “RFC 9110, mục 15.5.5 – Ngữ nghĩa HTTP”. { $citation } là
# trích dẫn, { $title } là tên của đặc tả; giữa hai phần là dấu gạch ngang có khoảng trắng hai bên.
cli-reference-value = { $citation } – { $title }
# Hiển thị dưới một mã chưa đăng ký, chẳng hạn 299.
cli-unregistered = Không phải mã trạng thái đã đăng ký: được mô tả theo nhóm của nó, như RFC 9110 quy định.
# Hiển thị dưới 306, mã mà sổ đăng ký vẫn giữ ở trạng thái dành riêng.
cli-reserved = Được dành riêng trong sổ đăng ký và không còn được sử dụng: được mô tả theo nhóm của nó, như RFC 9110 quy định.

## Liệt kê một nhóm: “httpstatus 4xx”. { $class } là “4xx”, { $title } là tên của nhóm.

cli-class-heading = { $class } { $title }: { $count ->
       *[other] { $count } mã đã đăng ký
    }

## Lỗi trên dòng lệnh. { $input } là những gì đã được gõ.

cli-error-out-of-range = { $input } không phải là mã trạng thái HTTP: các mã nằm trong khoảng từ 100 đến 599.
cli-error-unknown-name = “{ $input }” không phải là mã trạng thái, cũng không phải là tên trạng thái đã biết.
# Cùng lỗi trên khi có một tên gần giống: { $name } có dạng như NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” không phải là mã trạng thái, cũng không phải là tên trạng thái đã biết. Có phải ý bạn là { $name }?
cli-error-bad-tag = “{ $tag }” không phải là thẻ ngôn ngữ; hãy viết một thẻ như en, ru hoặc pt-BR.
# { $requested } là thẻ được yêu cầu; { $chosen } là ngôn ngữ được dùng thay thế, { $name } là tên của nó.
cli-warning-no-locale = Không có ngôn ngữ nào khớp với “{ $requested }”; đang dùng { $chosen } ({ $name }).
cli-error-no-folder = { $path } không phải là thư mục chứa các thư mục ngôn ngữ.
cli-error-no-locale = Không có thư mục ngôn ngữ { $tag } trên đĩa trong { $path }.
cli-error-not-a-tag = “{ $tag }” không phải là thẻ ngôn ngữ ở dạng chuẩn tắc; hãy viết như pt-BR.
cli-error-exists = { $path } đã có tệp; hãy thêm --force để ghi đè.
# { $error } là thông báo của hệ điều hành, thường bằng tiếng Anh.
cli-error-io = Không thể ghi { $path }: { $error }

## Tải các thư mục ngôn ngữ từ đĩa (--locales-dir).

cli-disk-warnings = { $count ->
       *[other] { $count } cảnh báo
    } trong { $path }; “httpstatus check” sẽ liệt kê chúng.

## httpstatus check

# Mỗi ngôn ngữ một dòng: “ru: 187/187 đã dịch, 0 còn thiếu, 0 đã cũ”.
cli-check-locale = { $tag }: { $translated }/{ $total } đã dịch, { $missing } còn thiếu, { $stale } đã cũ
# Dòng cuối cùng: “0 lỗi, 2 cảnh báo trong 30 ngôn ngữ”.
cli-check-summary = { $errors ->
       *[other] { $errors } lỗi
    }, { $warnings ->
       *[other] { $warnings } cảnh báo
    } trong { $locales ->
       *[other] { $locales } ngôn ngữ
    }
cli-check-recorded = Đã ghi nhận bản tiếng Anh hiện tại của { $tag } vào { $path }.

## httpstatus locales: tình trạng của từng ngôn ngữ.

cli-locale-current = đầy đủ, cập nhật
cli-locale-stale = đầy đủ, { $stale } đã cũ
cli-locale-partial = một phần: { $missing } còn thiếu, { $stale } đã cũ
cli-locale-pseudo = ngôn ngữ giả, được tạo từ tiếng Anh
cli-locale-from-disk = (từ đĩa)

## httpstatus template

cli-template-wrote = Đã ghi { $path }
cli-template-next = Tiếp theo: dịch, rồi chạy “httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: tiến độ, mỗi tệp một dòng.

cli-docs-written = [{ $done }/{ $total }] đã ghi { $path }
cli-docs-unchanged = [{ $done }/{ $total }] { $path } không thay đổi

## httpstatus site

# Sau khi tạo trang web: “Đã ghi 1985 tệp cho 30 ngôn ngữ vào site/”. { $files } là số tệp,
# { $languages } là số ngôn ngữ (tiếng Việt chỉ có dạng other), { $path } là thư mục đầu ra.
cli-site-written = Đã ghi { $files ->
       *[other] { $files } tệp
    } cho { $languages ->
       *[other] { $languages } ngôn ngữ
    } vào { $path }
# Hiển thị sau dòng trên khi không có --base-url. Giữ nguyên “--base-url” và “sitemap.xml”.
cli-site-no-sitemap = Không có sitemap.xml: sơ đồ trang web cần địa chỉ tuyệt đối; hãy thêm --base-url để tạo sơ đồ này.
# { $url } là giá trị đã được đưa sau --base-url.
cli-error-base-url = “{ $url }” không phải là URL cơ sở: hãy dùng một địa chỉ http hoặc https không có chuỗi truy vấn, chẳng hạn https://example.org/http/.

## httpstatus pages: trang lỗi tĩnh và đoạn cấu hình máy chủ cho proxy ngược.

# Tiến độ, mỗi ngôn ngữ một dòng: “[3/30] ru: 80 trang”. { $done } và { $total } đếm các ngôn ngữ,
# { $tag } là thẻ ngôn ngữ, { $count } là số trang (tiếng Việt chỉ có dạng other).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
       *[other] { $count } trang
    }
# Dòng cuối của httpstatus pages: { $written } là số tệp đã ghi (chỉ có dạng other), { $unchanged } là số
# tệp giữ nguyên, { $path } là thư mục đầu ra.
cli-pages-done = Đã ghi { $written ->
       *[other] { $written } tệp
    } vào { $path }, { $unchanged } tệp không thay đổi.
# Hiện trước dòng cuối khi một lần chạy trước vào cùng thư mục đã ghi các trang (hoặc tệp cấu hình máy chủ)
# mà lần chạy này không còn ghi nữa, vì yêu cầu ít mã, ngôn ngữ hoặc định dạng hơn: { $count } là số tệp
# đã xóa (chỉ có dạng other).
cli-pages-removed = { $count ->
       *[other] Đã xóa { $count } tệp mà một lần chạy trước đã ghi nhưng lần chạy này không còn ghi nữa.
    }
# Mỗi tệp cấu hình máy chủ đã ghi có một dòng, nhắc người vận hành đưa tệp đó vào cấu hình; { $path } là tệp.
cli-pages-snippet = Hãy đưa tệp này vào cấu hình: { $path }
# { $tag } được nêu trong --locales nhưng danh mục không có ngôn ngữ đó. Giữ nguyên “httpstatus locales”.
cli-error-pages-locale = Không có ngôn ngữ nào khớp với “{ $tag }”; “httpstatus locales” sẽ liệt kê các ngôn ngữ hiện có.
# { $input } là một giá trị của --codes không phải mã lỗi, cũng không phải 4xx hay 5xx. Giữ nguyên 400, 599, 4xx và 5xx.
cli-error-pages-code = “{ $input }” không phải là mã lỗi: hãy dùng các mã từ 400 đến 599, 4xx hoặc 5xx.
# { $input } là một giá trị của --format không phải html, cũng không phải json. Giữ nguyên html và json.
cli-error-pages-format = “{ $input }” không phải là định dạng trang: hãy dùng html, json hoặc cả hai.
# { $path }, thư mục mà cấu hình máy chủ sẽ ghi tên, chứa ký tự mà tệp cấu hình không chứa được, hoặc không
# phải đường dẫn tuyệt đối. Giữ nguyên --install-dir.
cli-error-pages-install-dir = Không thể dùng { $path } trong cấu hình máy chủ: hãy dùng --install-dir với một đường dẫn tuyệt đối không có dấu nháy, dấu ngoặc nhọn, dấu chấm phẩy hay dấu đô la.

## httpstatus serve: máy chủ trang lỗi.

# Dòng khởi động của httpstatus serve, ghi ra stderr. { $address } có dạng như 127.0.0.1:8080; giữ
# “http://{ $address }” liền một khối vì các script đọc nó. { $locales } là số ngôn ngữ.
cli-serve-listening = Đang phục vụ trang lỗi tại http://{ $address } bằng { $locales } ngôn ngữ; /healthz trả lời các lần kiểm tra tình trạng.
# Sau SIGTERM hoặc Ctrl-C.
cli-serve-stopping = Đang dừng: hoàn tất các yêu cầu đang xử lý.
# { $address }, được đưa sau --listen, không phải là địa chỉ. Giữ nguyên các địa chỉ ví dụ và số của chúng.
cli-error-serve-listen = “{ $address }” không phải là địa chỉ để lắng nghe; hãy viết như 127.0.0.1:8080 hoặc [::1]:8080.
# Không thể lắng nghe trên { $address }; { $error } là thông báo của hệ điều hành, thường bằng tiếng Anh.
cli-error-serve-bind = Không thể lắng nghe trên { $address }: { $error }
