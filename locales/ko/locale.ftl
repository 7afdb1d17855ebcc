# 이 로캘 자체에 관한 정보.

# 이 언어의 이름을 이 언어로 쓴 것. 언어 선택 목록에 나오는 형태(“Deutsch”, “Русский”, “Português (Brasil)”).
locale-name = 한국어

# 값 앞에 레이블을 쓰는 형식: “클래스: 4xx”. { $label }과 { $value }는 각각 정확히 한 번씩 사용합니다.
# 한국어 맞춤법에 따라 쌍점은 앞말에 붙여 쓰고 뒤는 한 칸 띄웁니다.
locale-label-value = { $label }: { $value }
# 목록의 두 항목을 잇는 형식: “RFC 9110의 섹션 15.5.19; RFC 2324의 섹션 2.3.2”.
locale-list-pair = { $first }; { $second }
