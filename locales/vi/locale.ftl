# Thông tin về chính ngôn ngữ này.

# Tên của ngôn ngữ này, viết bằng chính ngôn ngữ này, như bộ chọn ngôn ngữ hiển thị
# (“Deutsch”, “Русский”, “Português (Brasil)”).
locale-name = Tiếng Việt

# Cách viết một nhãn trước giá trị của nó: “Nhóm: 4xx”. Dùng { $label } và { $value } mỗi biến
# đúng một lần; tiếng Việt đặt dấu hai chấm ngay sau nhãn, rồi một dấu cách.
locale-label-value = { $label }: { $value }
# Cách nối hai mục của một danh sách: “RFC 9110, mục 15.5.19; RFC 2324, mục 2.3.2”.
locale-list-pair = { $first }; { $second }
