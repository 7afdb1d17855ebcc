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
