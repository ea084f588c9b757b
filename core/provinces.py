"""The 77 provinces of Thailand (Bangkok first, then alphabetical in Thai), as stored in data and shown, each
with the ASCII slug its pages use in URLs (the Royal Thai General System spelling)."""

PROVINCES = (
    ("กรุงเทพมหานคร", "bangkok"),
    ("กระบี่", "krabi"),
    ("กาญจนบุรี", "kanchanaburi"),
    ("กาฬสินธุ์", "kalasin"),
    ("กำแพงเพชร", "kamphaeng-phet"),
    ("ขอนแก่น", "khon-kaen"),
    ("จันทบุรี", "chanthaburi"),
    ("ฉะเชิงเทรา", "chachoengsao"),
    ("ชลบุรี", "chon-buri"),
    ("ชัยนาท", "chai-nat"),
    ("ชัยภูมิ", "chaiyaphum"),
    ("ชุมพร", "chumphon"),
    ("เชียงราย", "chiang-rai"),
    ("เชียงใหม่", "chiang-mai"),
    ("ตรัง", "trang"),
    ("ตราด", "trat"),
    ("ตาก", "tak"),
    ("นครนายก", "nakhon-nayok"),
    ("นครปฐม", "nakhon-pathom"),
    ("นครพนม", "nakhon-phanom"),
    ("นครราชสีมา", "nakhon-ratchasima"),
    ("นครศรีธรรมราช", "nakhon-si-thammarat"),
    ("นครสวรรค์", "nakhon-sawan"),
    ("นนทบุรี", "nonthaburi"),
    ("นราธิวาส", "narathiwat"),
    ("น่าน", "nan"),
    ("บึงกาฬ", "bueng-kan"),
    ("บุรีรัมย์", "buri-ram"),
    ("ปทุมธานี", "pathum-thani"),
    ("ประจวบคีรีขันธ์", "prachuap-khiri-khan"),
    ("ปราจีนบุรี", "prachin-buri"),
    ("ปัตตานี", "pattani"),
    ("พระนครศรีอยุธยา", "phra-nakhon-si-ayutthaya"),
    ("พะเยา", "phayao"),
    ("พังงา", "phang-nga"),
    ("พัทลุง", "phatthalung"),
    ("พิจิตร", "phichit"),
    ("พิษณุโลก", "phitsanulok"),
    ("เพชรบุรี", "phetchaburi"),
    ("เพชรบูรณ์", "phetchabun"),
    ("แพร่", "phrae"),
    ("ภูเก็ต", "phuket"),
    ("มหาสารคาม", "maha-sarakham"),
    ("มุกดาหาร", "mukdahan"),
    ("แม่ฮ่องสอน", "mae-hong-son"),
    ("ยโสธร", "yasothon"),
    ("ยะลา", "yala"),
    ("ร้อยเอ็ด", "roi-et"),
    ("ระนอง", "ranong"),
    ("ระยอง", "rayong"),
    ("ราชบุรี", "ratchaburi"),
    ("ลพบุรี", "lop-buri"),
    ("ลำปาง", "lampang"),
    ("ลำพูน", "lamphun"),
    ("เลย", "loei"),
    ("ศรีสะเกษ", "si-sa-ket"),
    ("สกลนคร", "sakon-nakhon"),
    ("สงขลา", "songkhla"),
    ("สตูล", "satun"),
    ("สมุทรปราการ", "samut-prakan"),
    ("สมุทรสงคราม", "samut-songkhram"),
    ("สมุทรสาคร", "samut-sakhon"),
    ("สระแก้ว", "sa-kaeo"),
    ("สระบุรี", "saraburi"),
    ("สิงห์บุรี", "sing-buri"),
    ("สุโขทัย", "sukhothai"),
    ("สุพรรณบุรี", "suphan-buri"),
    ("สุราษฎร์ธานี", "surat-thani"),
    ("สุรินทร์", "surin"),
    ("หนองคาย", "nong-khai"),
    ("หนองบัวลำภู", "nong-bua-lam-phu"),
    ("อ่างทอง", "ang-thong"),
    ("อำนาจเจริญ", "amnat-charoen"),
    ("อุดรธานี", "udon-thani"),
    ("อุตรดิตถ์", "uttaradit"),
    ("อุทัยธานี", "uthai-thani"),
    ("อุบลราชธานี", "ubon-ratchathani"),
)

# Bangkok is a special administrative area, not a province: "จังหวัด" is never put before its name.
BANGKOK = PROVINCES[0][0]

PROVINCE_NAMES = tuple(name for name, _ in PROVINCES)
PROVINCE_SLUGS = dict(PROVINCES)
CAPITAL = PROVINCE_NAMES[0]

PROVINCE_CHOICES = [(name, name) for name in PROVINCE_NAMES]

# How staff also write Bangkok; other provinces are written by their name, with or without "จังหวัด" or "จ.".
_OTHER_NAMES = {"กรุงเทพฯ": CAPITAL, "กรุงเทพ": CAPITAL, "กทม.": CAPITAL, "กทม": CAPITAL}
_PREFIXES = ("จังหวัด", "จ.")


def province_name(text: str) -> str | None:
    """The province's name as stored (``PROVINCE_NAMES``) for a name as typed in a spreadsheet, or None."""
    name = " ".join(str(text).split())
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :].strip()
    if name in PROVINCE_SLUGS:
        return name
    return _OTHER_NAMES.get(name)
