"""The Thai texts of the demo content: pages to create under the category index pages, and the fields of the
existing category pages to fill while they are empty.

Names of executives and board members are fictional (their surnames say so: ตัวอย่าง, สมมติ, ทดลอง …).
Rich-text strings may link to a category page with ``[[news/press-releases|text]]`` and to a generated
document with ``[[doc:form-2-01|text]]``; the loader turns both into Wagtail links.
"""

from datetime import date, time, timedelta

from demo.spec import (
    ChildPage,
    Doc,
    Img,
    PageFill,
    attachment,
    bullets,
    channel,
    document_block,
    heading,
    image_block,
    link_block,
    paragraph,
    position,
    quote,
    table,
)

HQ_ADDRESS = "88/28 หมู่ 4 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000"
HQ_PHONE = "0 2956 2345"
OFFICE_HOURS = "วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)"


# People -----------------------------------------------------------------------------------------------------


def _person(parent, slug, name, position_, photo, biography, term_start=None, term_end=None):
    return ChildPage(
        parent=parent,
        model="categories.PersonPage",
        slug=slug,
        fields={
            "title": name,
            "position": position_,
            "photo": Img(photo),
            "term_start": term_start,
            "term_end": term_end,
            "biography": biography,
        },
    )


def _bio(summary: str, *facts: str) -> str:
    return f"<p>{summary}</p>" + (bullets(*facts) if facts else "")


SSO = "about/executives/sso-executives"
MINISTRY = "about/executives/ministry-executives"
FORMER = "about/executives/former-executives"
SSB = "about/executives/social-security-board"
WCB = "about/executives/compensation-fund-board"
CIO = "about/cio/cio-profile"

PEOPLE = [
    _person(
        SSO,
        "secretary-general",
        "นายสมชาย ตัวอย่าง",
        "เลขาธิการสำนักงานประกันสังคม",
        "portrait-1",
        _bio(
            "รับผิดชอบการบริหารงานของสำนักงานประกันสังคมและกองทุนทั้งสอง มีประสบการณ์ด้านนโยบายแรงงาน"
            "และการคุ้มครองทางสังคมมากกว่า 25 ปี",
            "ปริญญาโท รัฐประศาสนศาสตรมหาบัณฑิต",
            "อดีตรองเลขาธิการสำนักงานประกันสังคม",
        ),
        date(2024, 10, 1),
    ),
    _person(
        SSO,
        "deputy-secretary-general-benefits",
        "นางสาวสุดารัตน์ สมมติ",
        "รองเลขาธิการสำนักงานประกันสังคม (ด้านสิทธิประโยชน์)",
        "portrait-3",
        _bio("กำกับดูแลงานสิทธิประโยชน์ การแพทย์ และกองทุนเงินทดแทน", "ปริญญาโท เศรษฐศาสตร์", "อดีตผู้อำนวยการสำนักงานกองทุนเงินทดแทน"),
        date(2023, 10, 1),
    ),
    _person(
        SSO,
        "deputy-secretary-general-administration",
        "นายประเสริฐ ทดลองดี",
        "รองเลขาธิการสำนักงานประกันสังคม (ด้านบริหาร)",
        "portrait-2",
        _bio(
            "กำกับดูแลงานบริหารทั่วไป เทคโนโลยีสารสนเทศ และการบริหารทรัพยากรบุคคล",
            "ปริญญาโท วิทยาการคอมพิวเตอร์",
            "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของสำนักงาน",
        ),
        date(2024, 4, 1),
    ),
    _person(
        SSO,
        "inspector-general",
        "นางวิไลวรรณ ตัวอย่างยิ่ง",
        "ผู้ตรวจราชการสำนักงานประกันสังคม",
        "portrait-4",
        _bio("ตรวจติดตามการปฏิบัติราชการของสำนักงานประกันสังคมจังหวัดและสาขาทั่วประเทศ"),
        date(2025, 1, 15),
    ),
    _person(
        MINISTRY,
        "minister",
        "นายวิชัย สมมติวงศ์",
        "รัฐมนตรีว่าการกระทรวงแรงงาน",
        "portrait-2",
        _bio("กำหนดนโยบายด้านแรงงานและการคุ้มครองทางสังคมของรัฐบาล"),
    ),
    _person(
        MINISTRY,
        "permanent-secretary",
        "นางพรทิพย์ ตัวอย่างศรี",
        "ปลัดกระทรวงแรงงาน",
        "portrait-4",
        _bio("ผู้บังคับบัญชาข้าราชการประจำของกระทรวงแรงงาน และประธานกรรมการประกันสังคมโดยตำแหน่ง"),
    ),
    _person(
        MINISTRY,
        "deputy-permanent-secretary",
        "นายธนากร ทดสอบผล",
        "รองปลัดกระทรวงแรงงาน",
        "portrait-1",
        _bio("กำกับดูแลกลุ่มภารกิจด้านการคุ้มครองและพัฒนาแรงงาน"),
    ),
    _person(
        FORMER,
        "former-secretary-general-2562",
        "นายอนันต์ ทดลองงาม",
        "เลขาธิการสำนักงานประกันสังคม",
        "portrait-2",
        _bio("ริเริ่มการยื่นแบบรายการส่งเงินสมทบทางอิเล็กทรอนิกส์สำหรับนายจ้าง"),
        date(2016, 10, 1),
        date(2019, 9, 30),
    ),
    _person(
        FORMER,
        "former-secretary-general-2565",
        "นายบุญมี ตัวอย่างเก่า",
        "เลขาธิการสำนักงานประกันสังคม",
        "portrait-1",
        _bio("บริหารมาตรการเยียวยาผู้ประกันตนในช่วงการแพร่ระบาดของโรคติดเชื้อ"),
        date(2019, 10, 1),
        date(2022, 9, 30),
    ),
    _person(
        FORMER,
        "former-secretary-general-2567",
        "นางสาวจันทร์เพ็ญ สมมติกุล",
        "เลขาธิการสำนักงานประกันสังคม",
        "portrait-3",
        _bio("ขยายสิทธิประโยชน์ทันตกรรมและบริการออนไลน์ผ่านแอปพลิเคชัน"),
        date(2022, 10, 1),
        date(2024, 9, 30),
    ),
    _person(
        SSB,
        "chair",
        "นางพรทิพย์ ตัวอย่างศรี",
        "ประธานกรรมการประกันสังคม (ปลัดกระทรวงแรงงาน)",
        "portrait-4",
        _bio("ประธานกรรมการโดยตำแหน่งตามพระราชบัญญัติประกันสังคม พ.ศ. 2533"),
        date(2024, 10, 1),
    ),
    _person(
        SSB,
        "employer-representative",
        "นายไพโรจน์ ตัวอย่างกิจ",
        "กรรมการผู้แทนฝ่ายนายจ้าง",
        "portrait-2",
        _bio("ผู้แทนฝ่ายนายจ้างจากการเลือกตั้งของผู้แทนนายจ้าง"),
        date(2024, 1, 10),
    ),
    _person(
        SSB,
        "insured-representative",
        "นางสาวกมลวรรณ สมมติชน",
        "กรรมการผู้แทนฝ่ายผู้ประกันตน",
        "portrait-3",
        _bio("ผู้แทนฝ่ายผู้ประกันตนจากการเลือกตั้งโดยตรงของผู้ประกันตน"),
        date(2024, 1, 10),
    ),
    _person(
        SSB,
        "secretary",
        "นายสมชาย ตัวอย่าง",
        "กรรมการและเลขานุการ (เลขาธิการสำนักงานประกันสังคม)",
        "portrait-1",
        _bio("กรรมการและเลขานุการโดยตำแหน่ง"),
        date(2024, 10, 1),
    ),
    _person(
        WCB,
        "chair",
        "นางพรทิพย์ ตัวอย่างศรี",
        "ประธานกรรมการกองทุนเงินทดแทน (ปลัดกระทรวงแรงงาน)",
        "portrait-4",
        _bio("ประธานกรรมการโดยตำแหน่งตามพระราชบัญญัติเงินทดแทน พ.ศ. 2537"),
        date(2024, 10, 1),
    ),
    _person(
        WCB,
        "employer-representative",
        "นายเกรียงไกร สมมติการ",
        "กรรมการผู้แทนฝ่ายนายจ้าง",
        "portrait-2",
        _bio("ผู้แทนฝ่ายนายจ้างในคณะกรรมการกองทุนเงินทดแทน"),
        date(2023, 6, 1),
    ),
    _person(
        WCB,
        "employee-representative",
        "นางอรุณี ทดลองแรง",
        "กรรมการผู้แทนฝ่ายลูกจ้าง",
        "portrait-3",
        _bio("ผู้แทนฝ่ายลูกจ้างในคณะกรรมการกองทุนเงินทดแทน"),
        date(2023, 6, 1),
    ),
    _person(
        CIO,
        "cio",
        "นายประเสริฐ ทดลองดี",
        "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO) รองเลขาธิการสำนักงานประกันสังคม",
        "portrait-2",
        _bio(
            "กำหนดทิศทางการพัฒนาระบบสารสนเทศและบริการดิจิทัลของสำนักงานประกันสังคม",
            "ประธานคณะทำงานขับเคลื่อนรัฐบาลดิจิทัลของสำนักงาน",
            "กำกับดูแลการคุ้มครองข้อมูลส่วนบุคคลและความมั่นคงปลอดภัยไซเบอร์",
        ),
        date(2024, 4, 1),
    ),
    _person(
        CIO,
        "deputy-cio",
        "นางสาวนภัสสร ตัวอย่างไอที",
        "ผู้อำนวยการสำนักบริหารเทคโนโลยีสารสนเทศ (Deputy CIO)",
        "portrait-3",
        _bio("บริหารโครงสร้างพื้นฐานเทคโนโลยีสารสนเทศ ศูนย์ข้อมูล และระบบบริการอิเล็กทรอนิกส์"),
        date(2023, 10, 1),
    ),
]


# News ---------------------------------------------------------------------------------------------------------


def _dated(parent, model, slug, title, day, intro, body, image=None, attachments=(), **extra):
    fields = {"title": title, "intro": intro, "date": day, "image": Img(image) if image else None, "body": body}
    if attachments:
        fields["attachments"] = list(attachments)
    fields.update(extra)
    return ChildPage(parent=parent, model=model, slug=slug, fields=fields)


def news(today: date) -> list[ChildPage]:
    def ago(days):
        return today - timedelta(days=days)

    press = "news/press-releases"
    article = "categories.NewsArticlePage"
    return [
        _dated(
            press,
            article,
            "contribution-payment-via-banking-apps",
            "สปส. เพิ่มช่องทางชำระเงินสมทบผ่านแอปพลิเคชันธนาคาร สะดวก รวดเร็ว ตลอด 24 ชั่วโมง",
            ago(2),
            "นายจ้างและผู้ประกันตนมาตรา 39 ชำระเงินสมทบผ่านแอปพลิเคชันของธนาคารที่ร่วมโครงการได้ทุกวัน ไม่ต้องเดินทางมาที่สำนักงาน",
            [
                paragraph(
                    "สำนักงานประกันสังคมเพิ่มช่องทางการชำระเงินสมทบผ่านแอปพลิเคชันของธนาคารที่ร่วมโครงการ "
                    "นายจ้างและผู้ประกันตนมาตรา 39 สามารถสแกนคิวอาร์โค้ดในใบแจ้งหนี้หรือกรอกเลขที่บัญชีนายจ้าง"
                    "เพื่อชำระเงินได้ตลอด 24 ชั่วโมง และได้รับหลักฐานการชำระเงินทางอิเล็กทรอนิกส์ทันที"
                ),
                heading("ขั้นตอนการชำระเงิน", "h3"),
                paragraph(
                    bullets(
                        "เข้าสู่แอปพลิเคชันของธนาคาร เลือกเมนูชำระบิล",
                        "ค้นหา “สำนักงานประกันสังคม” หรือสแกนคิวอาร์โค้ด",
                        "กรอกเลขที่บัญชีนายจ้างหรือเลขประจำตัวประชาชนของผู้ประกันตนมาตรา 39",
                        "ตรวจสอบยอดเงินและยืนยันการชำระเงิน",
                        ordered=True,
                    )
                ),
                quote("การชำระเงินสมทบตรงเวลาช่วยให้ผู้ประกันตนได้รับสิทธิประโยชน์อย่างต่อเนื่อง"),
                paragraph("สอบถามเพิ่มเติมได้ที่สายด่วน 1506 หรือสำนักงานประกันสังคมทุกแห่งทั่วประเทศ"),
            ],
            image="news-payment",
            attachments=[attachment(Doc("law-ann-efiling-2568"), "ประกาศสำนักงานประกันสังคม เรื่อง การยื่นแบบทางอิเล็กทรอนิกส์")],
        ),
        _dated(
            press,
            article,
            "free-annual-health-checkup",
            "ผู้ประกันตนตรวจสุขภาพฟรีตามสิทธิประกันสังคม ที่โรงพยาบาลตามสิทธิทั่วประเทศ",
            ago(9),
            "ผู้ประกันตนมาตรา 33 และมาตรา 39 ตรวจสุขภาพได้โดยไม่เสียค่าใช้จ่าย ตามรายการที่เหมาะสมกับช่วงอายุ",
            [
                paragraph(
                    "สำนักงานประกันสังคมเชิญชวนผู้ประกันตนเข้ารับการตรวจสุขภาพประจำปีตามสิทธิ "
                    "เพื่อค้นหาความเสี่ยงของโรคตั้งแต่เนิ่น ๆ โดยติดต่อโรงพยาบาลตามสิทธิของตนได้โดยไม่ต้องสำรองจ่าย"
                ),
                table(
                    [
                        ["รายการตรวจ", "ช่วงอายุ", "ความถี่"],
                        ["ตรวจความสมบูรณ์ของเม็ดเลือด", "18 - 70 ปี", "1 ครั้ง"],
                        ["ตรวจระดับน้ำตาลในเลือด", "35 ปีขึ้นไป", "ทุก 3 ปี"],
                        ["ตรวจไขมันในเลือด", "20 ปีขึ้นไป", "ทุก 5 ปี"],
                        ["เอกซเรย์ปอด", "15 ปีขึ้นไป", "1 ครั้ง"],
                    ],
                    "ตัวอย่างรายการตรวจสุขภาพตามสิทธิ",
                ),
                paragraph("ผู้ประกันตนตรวจสอบโรงพยาบาลตามสิทธิได้ที่ [[downloads|หน้าดาวน์โหลด]] หรือสายด่วน 1506"),
            ],
            image="news-checkup",
        ),
        _dated(
            press,
            article,
            "flood-relief-measures",
            "สปส. ออกมาตรการช่วยเหลือนายจ้างและผู้ประกันตนที่ได้รับผลกระทบจากอุทกภัย",
            ago(20),
            "ขยายเวลาการยื่นแบบและชำระเงินสมทบ และอำนวยความสะดวกในการยื่นขอรับประโยชน์ทดแทนในพื้นที่ประสบภัย",
            [
                paragraph(
                    "สำนักงานประกันสังคมออกมาตรการช่วยเหลือนายจ้างและผู้ประกันตนในพื้นที่ที่ทางราชการประกาศเป็น"
                    "เขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีอุทกภัย ดังนี้"
                ),
                paragraph(
                    bullets(
                        "ขยายเวลาการยื่นแบบรายการแสดงการส่งเงินสมทบและการชำระเงินสมทบออกไป 3 เดือน",
                        "ผู้ประกันตนที่ไม่สามารถทำงานได้เพราะสถานประกอบการได้รับความเสียหาย ยื่นขอรับประโยชน์ทดแทน"
                        "กรณีว่างงานจากเหตุสุดวิสัยได้",
                        "ตั้งหน่วยบริการเคลื่อนที่ในพื้นที่ประสบภัยเพื่อรับเรื่องและให้คำปรึกษา",
                    )
                ),
                paragraph("ติดต่อสำนักงานประกันสังคมจังหวัดในพื้นที่ หรือ [[units/regional|ค้นหาหน่วยงานใกล้บ้าน]]"),
            ],
            image="news-flood",
        ),
        _dated(
            "about/cio/cio-news",
            article,
            "new-e-service-online-claims",
            "สปส. เปิดระบบ e-Service ใหม่ ยื่นคำขอรับประโยชน์ทดแทนออนไลน์ได้ครบทุกกรณี",
            ago(5),
            "ผู้ประกันตนยื่นคำขอ ติดตามสถานะ และรับเงินผ่านพร้อมเพย์ได้ในระบบเดียว",
            [
                paragraph(
                    "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของสำนักงานประกันสังคม เปิดเผยว่า ระบบ e-Service ใหม่"
                    "รองรับการยื่นคำขอรับประโยชน์ทดแทนทุกกรณีทางออนไลน์ พร้อมยืนยันตัวตนผ่านแอปพลิเคชัน "
                    "และแจ้งผลการพิจารณาทางข้อความสั้นและอีเมล"
                ),
                paragraph("ระบบออกแบบตามมาตรฐานการเข้าถึงเว็บไซต์ (WCAG 2.1) และมาตรฐานการคุ้มครองข้อมูลส่วนบุคคล"),
            ],
            image="cio-digital",
        ),
        _dated(
            "about/cio/cio-news",
            article,
            "cyber-security-awareness-training",
            "อบรมเสริมสร้างความตระหนักด้านความมั่นคงปลอดภัยไซเบอร์ให้บุคลากรทั่วประเทศ",
            ago(31),
            "บุคลากรของสำนักงานประกันสังคมกว่า 3,000 คน เข้าอบรมออนไลน์เรื่องการป้องกันภัยคุกคามทางไซเบอร์",
            [
                paragraph(
                    "สำนักบริหารเทคโนโลยีสารสนเทศจัดอบรมหลักสูตรความมั่นคงปลอดภัยไซเบอร์ให้บุคลากรทุกระดับ "
                    "เน้นการรู้เท่าทันอีเมลหลอกลวง การตั้งรหัสผ่านที่ปลอดภัย และการรายงานเหตุผิดปกติ"
                ),
                paragraph("ประชาชนโปรดระวังมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ประกันสังคม สำนักงานไม่มีนโยบายขอรหัส OTP"),
            ],
        ),
    ]


def photo_news(today: date) -> list[ChildPage]:
    def gallery(prefix, captions):
        return [{"image": Img(f"{prefix}-{n}"), "caption": caption} for n, caption in enumerate(captions, start=1)]

    parent, model = "news/photo-news", "categories.PhotoNewsPage"
    return [
        _dated(
            parent,
            model,
            "mobile-service-unit",
            "หน่วยบริการเคลื่อนที่ประกันสังคมลงพื้นที่ให้บริการผู้ประกันตน",
            today - timedelta(days=4),
            "เจ้าหน้าที่ให้คำปรึกษาสิทธิประโยชน์ รับเรื่องขอรับประโยชน์ทดแทน และตรวจสอบสิทธิให้ผู้ประกันตนในชุมชน",
            [paragraph("สำนักงานประกันสังคมจัดหน่วยบริการเคลื่อนที่ ให้บริการผู้ประกันตนและนายจ้างในพื้นที่ห่างไกล")],
            image="photo-mobile-1",
            gallery_images=gallery(
                "photo-mobile",
                [
                    "เจ้าหน้าที่ให้คำปรึกษาสิทธิประกันสังคมแก่ผู้ประกันตน",
                    "เจ้าหน้าที่ช่วยผู้ประกันตนตรวจสอบสิทธิผ่านแอปพลิเคชัน",
                    "ผู้ประกันตนลงทะเบียนรับบริการที่หน่วยเคลื่อนที่",
                ],
            ),
        ),
        _dated(
            parent,
            model,
            "section-40-community-campaign",
            "รณรงค์สร้างการรับรู้ผู้ประกันตนมาตรา 40 ในชุมชนและตลาดสด",
            today - timedelta(days=12),
            "แนะนำแรงงานนอกระบบให้รู้จักทางเลือกความคุ้มครอง 3 ทางเลือก และสมัครได้ทันทีในพื้นที่",
            [paragraph("เจ้าหน้าที่และอาสาสมัครลงพื้นที่ตลาดสดและชุมชน ชวนผู้ค้ารายย่อยสมัครเป็นผู้ประกันตนมาตรา 40")],
            image="photo-s40-1",
            gallery_images=gallery(
                "photo-s40",
                [
                    "เจ้าหน้าที่ลงพื้นที่ชุมชนแนะนำสิทธิมาตรา 40",
                    "รับสมัครผู้ประกันตนมาตรา 40 ในตลาดชุมชน",
                    "ผู้ค้ารายย่อยสอบถามทางเลือกความคุ้มครอง",
                ],
            ),
        ),
        _dated(
            parent,
            model,
            "national-workplace-safety-week",
            "กิจกรรมสัปดาห์ความปลอดภัยในการทำงานแห่งชาติ",
            today - timedelta(days=27),
            "กองทุนเงินทดแทนร่วมจัดนิทรรศการและสาธิตการป้องกันอุบัติเหตุจากการทำงาน",
            [paragraph("กองทุนเงินทดแทนร่วมกับหน่วยงานภาคีจัดกิจกรรมรณรงค์ลดการประสบอันตรายจากการทำงาน")],
            image="photo-safety-1",
            gallery_images=gallery(
                "photo-safety",
                [
                    "พิธีเปิดกิจกรรมสัปดาห์ความปลอดภัยในการทำงาน",
                    "นิทรรศการป้องกันอุบัติเหตุจากการทำงาน",
                    "สาธิตการใช้อุปกรณ์ป้องกันอันตรายส่วนบุคคล",
                ],
            ),
        ),
    ]


def video_news(today: date) -> list[ChildPage]:
    parent, model = "news/video-news", "categories.VideoNewsPage"
    return [
        _dated(
            parent,
            model,
            "check-your-rights-online",
            "วิธีตรวจสอบสิทธิประกันสังคมด้วยตนเองผ่านเว็บไซต์และแอปพลิเคชัน",
            today - timedelta(days=3),
            "คลิปแนะนำขั้นตอนการสมัครสมาชิกและตรวจสอบสิทธิ เงินสมทบ และโรงพยาบาลตามสิทธิ",
            [paragraph("ชมวิดีโอแนะนำการใช้งานบริการออนไลน์ของสำนักงานประกันสังคม ความยาวประมาณ 3 นาที")],
            image="video-rights",
            video_url="https://www.youtube.com/watch?v=Xq3bT9sLk2A",
            transcript=(
                "สวัสดีครับ วันนี้เราจะมาแนะนำวิธีตรวจสอบสิทธิประกันสังคมด้วยตนเอง\n"
                "ขั้นตอนแรก เข้าเว็บไซต์สำนักงานประกันสังคม แล้วเลือกเมนูสมัครสมาชิก "
                "กรอกเลขประจำตัวประชาชนและข้อมูลส่วนตัวให้ครบถ้วน\n"
                "เมื่อเข้าสู่ระบบแล้ว เลือกเมนูตรวจสอบสิทธิ จะเห็นข้อมูลการส่งเงินสมทบ "
                "โรงพยาบาลตามสิทธิ และยอดเงินชราภาพสะสม\n"
                "หากมีข้อสงสัย โทรสายด่วน 1506 ได้ตลอด 24 ชั่วโมงครับ"
            ),
        ),
        _dated(
            parent,
            model,
            "section-39-keep-your-coverage",
            "ออกจากงานแล้ว ส่งเงินสมทบต่อตามมาตรา 39 รักษาสิทธิ 6 กรณี",
            today - timedelta(days=16),
            "อธิบายเงื่อนไขการสมัครเป็นผู้ประกันตนมาตรา 39 และอัตราเงินสมทบรายเดือน",
            [paragraph("ผู้ที่เคยเป็นผู้ประกันตนมาตรา 33 มาแล้วไม่น้อยกว่า 12 เดือน สมัครมาตรา 39 ได้ภายใน 6 เดือน")],
            image="video-s39",
            video_url="https://www.youtube.com/watch?v=p8RmV0cZ4fE",
            transcript=(
                "ผู้บรรยาย: หลายคนลาออกจากงานแล้วอยากคงสิทธิประกันสังคมไว้ ทำได้โดยสมัครเป็นผู้ประกันตนมาตรา 39\n"
                "เงื่อนไขคือ ต้องเคยส่งเงินสมทบมาแล้วไม่น้อยกว่า 12 เดือน และสมัครภายใน 6 เดือนนับแต่ออกจากงาน\n"
                "ผู้ประกันตนมาตรา 39 ส่งเงินสมทบเดือนละ 432 บาท และได้รับความคุ้มครอง 6 กรณี ยกเว้นกรณีว่างงาน\n"
                "สมัครได้ที่สำนักงานประกันสังคมทุกแห่ง หรือทางเว็บไซต์ของสำนักงาน"
            ),
        ),
        _dated(
            parent,
            model,
            "unemployment-what-to-do",
            "ว่างงาน ต้องทำอย่างไร ขึ้นทะเบียนภายใน 30 วัน",
            today - timedelta(days=38),
            "สรุปขั้นตอนการขึ้นทะเบียนว่างงานและการรายงานตัวเพื่อรับเงินทดแทนการขาดรายได้",
            [paragraph("ผู้ประกันตนที่ว่างงานต้องขึ้นทะเบียนภายใน 30 วันนับแต่วันที่ออกจากงาน เพื่อไม่ให้เสียสิทธิ")],
            image="video-unemployment",
            video_url="https://www.youtube.com/watch?v=Lw7nH2yQd5U",
            transcript=(
                "เมื่อออกจากงาน สิ่งแรกที่ต้องทำคือขึ้นทะเบียนผู้ว่างงานที่เว็บไซต์ของกรมการจัดหางาน ภายใน 30 วัน\n"
                "จากนั้นผูกบัญชีพร้อมเพย์ด้วยเลขประจำตัวประชาชน เพื่อรับเงินทดแทนการขาดรายได้\n"
                "อย่าลืมรายงานตัวตามวันที่นัดหมายทุกเดือน หากไม่รายงานตัวจะไม่ได้รับเงินในงวดนั้น"
            ),
        ),
    ]


def recruitment(today: date) -> list[ChildPage]:
    parent, model = "news/recruitment", "categories.RecruitmentNoticePage"
    how = (
        "สมัครทางอินเทอร์เน็ตผ่านระบบรับสมัครงานของสำนักงานประกันสังคม ตลอด 24 ชั่วโมง "
        "ชำระค่าธรรมเนียมการสมัคร 200 บาท ที่ธนาคารหรือผ่านแอปพลิเคชัน และเก็บหลักฐานการชำระเงินไว้"
    )
    return [
        _dated(
            parent,
            model,
            "government-employees-social-security-officers",
            "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนักวิชาการประกันสังคม และเจ้าพนักงานธุรการ",
            today - timedelta(days=6),
            "เปิดรับสมัคร 5 อัตรา ปฏิบัติงานที่สำนักงานประกันสังคม ส่วนกลาง จังหวัดนนทบุรี",
            [
                paragraph(
                    "สำนักงานประกันสังคมประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป "
                    "ผู้สมัครต้องมีคุณสมบัติทั่วไปตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยพนักงานราชการ"
                ),
                heading("กำหนดการ", "h3"),
                paragraph(
                    bullets(
                        "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ ภายใน 7 วันหลังปิดรับสมัคร",
                        "ประเมินสมรรถนะด้วยการสอบข้อเขียนและสัมภาษณ์",
                    )
                ),
            ],
            positions=[
                position(
                    "นักวิชาการประกันสังคม",
                    3,
                    "ปริญญาตรีทุกสาขาวิชา",
                    "มีความรู้เรื่องกฎหมายประกันสังคมจะได้รับการพิจารณาเป็นพิเศษ",
                    "ใช้คอมพิวเตอร์ได้ดี",
                ),
                position(
                    "เจ้าพนักงานธุรการ",
                    2,
                    "ประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) ทุกสาขาวิชา",
                    "มีทักษะงานสารบรรณและการใช้โปรแกรมสำนักงาน",
                ),
            ],
            application_start=today - timedelta(days=5),
            application_end=today + timedelta(days=14),
            how_to_apply=how,
        ),
        _dated(
            parent,
            model,
            "government-employees-computer-scientists",
            "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนักวิชาการคอมพิวเตอร์",
            today - timedelta(days=75),
            "ปิดรับสมัครแล้ว ติดตามประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะได้ที่หน้านี้",
            [paragraph("การรับสมัครตำแหน่งนี้ปิดแล้ว ขอบคุณผู้สนใจทุกท่าน")],
            positions=[
                position(
                    "นักวิชาการคอมพิวเตอร์",
                    2,
                    "ปริญญาตรีสาขาวิทยาการคอมพิวเตอร์ วิศวกรรมคอมพิวเตอร์ หรือเทคโนโลยีสารสนเทศ",
                    "มีประสบการณ์พัฒนาเว็บแอปพลิเคชันหรือดูแลฐานข้อมูล",
                ),
            ],
            application_start=today - timedelta(days=74),
            application_end=today - timedelta(days=60),
            how_to_apply=how,
        ),
    ]


def external_notices(today: date) -> list[ChildPage]:
    parent, model = "news/external-notices", "categories.ExternalNoticePage"
    return [
        _dated(
            parent,
            model,
            "doe-job-fair",
            "กรมการจัดหางานจัดงานนัดพบแรงงาน ตำแหน่งงานว่างกว่า 5,000 อัตรา",
            today - timedelta(days=8),
            "ผู้ว่างงานและผู้ที่ต้องการเปลี่ยนงาน สมัครงานกับนายจ้างได้โดยตรงภายในงาน",
            [paragraph("ภายในงานมีบริการแนะแนวอาชีพ ทดสอบความถนัด และรับขึ้นทะเบียนผู้ว่างงาน")],
            source_agency="กรมการจัดหางาน กระทรวงแรงงาน",
            letter_reference="หนังสือที่ รง 0304/ว 1234 (ตัวอย่าง)",
        ),
        _dated(
            parent,
            model,
            "dsd-free-skill-training",
            "กรมพัฒนาฝีมือแรงงานเปิดรับสมัครฝึกอบรมยกระดับฝีมือแรงงาน หลักสูตรระยะสั้น ไม่มีค่าใช้จ่าย",
            today - timedelta(days=18),
            "หลักสูตรช่างไฟฟ้า ช่างเครื่องปรับอากาศ และการตลาดออนไลน์ สำหรับแรงงานทั่วไปและผู้ว่างงาน",
            [paragraph("ผู้สนใจสมัครได้ที่สถาบันพัฒนาฝีมือแรงงานและสำนักงานพัฒนาฝีมือแรงงานทุกจังหวัด")],
            source_agency="กรมพัฒนาฝีมือแรงงาน กระทรวงแรงงาน",
            letter_reference="หนังสือที่ รง 0404/ว 567 (ตัวอย่าง)",
        ),
        _dated(
            parent,
            model,
            "dlpw-safety-campaign",
            "กรมสวัสดิการและคุ้มครองแรงงานรณรงค์ลดอุบัติเหตุจากการทำงานในสถานประกอบการ",
            today - timedelta(days=40),
            "เชิญชวนนายจ้างประเมินความเสี่ยงและจัดอุปกรณ์ป้องกันอันตรายส่วนบุคคลให้ลูกจ้าง",
            [paragraph("สถานประกอบการที่ผ่านเกณฑ์จะได้รับการพิจารณาลดอัตราเงินสมทบกองทุนเงินทดแทน")],
            source_agency="กรมสวัสดิการและคุ้มครองแรงงาน กระทรวงแรงงาน",
        ),
    ]


def events(today: date) -> list[ChildPage]:
    parent, model = "news/calendar", "categories.EventPage"

    def event(
        slug,
        title,
        start,
        intro,
        place,
        body,
        start_time=None,
        end=None,
        end_time=None,
        image=None,
        organiser="สำนักงานประกันสังคม",
    ):
        return ChildPage(
            parent=parent,
            model=model,
            slug=slug,
            fields={
                "title": title,
                "intro": intro,
                "start_date": start,
                "start_time": start_time,
                "end_date": end,
                "end_time": end_time,
                "place": place,
                "organiser": organiser,
                "image": Img(image) if image else None,
                "body": body,
            },
        )

    return [
        event(
            "employer-benefits-seminar",
            "สัมมนาสิทธิประโยชน์ผู้ประกันตนสำหรับสถานประกอบการ",
            today + timedelta(days=7),
            "สำหรับฝ่ายบุคคลของสถานประกอบการ รับจำนวนจำกัด 150 คน",
            "ห้องประชุมชั้น 9 อาคารสำนักงานประกันสังคม จังหวัดนนทบุรี",
            [
                paragraph("หัวข้อ: การขึ้นทะเบียนลูกจ้าง การส่งเงินสมทบ และการยื่นขอรับประโยชน์ทดแทนแทนลูกจ้าง"),
                paragraph("ลงทะเบียนล่วงหน้าได้ที่สายด่วน 1506 ไม่มีค่าใช้จ่าย"),
            ],
            start_time=time(9, 0),
            end_time=time(12, 0),
            image="event-seminar",
        ),
        event(
            "job-fair-and-mobile-service",
            "มหกรรมนัดพบแรงงานและประกันสังคมเคลื่อนที่",
            today + timedelta(days=21),
            "รับสมัครงาน ตรวจสอบสิทธิ และสมัครผู้ประกันตนมาตรา 40 ภายในงานเดียว",
            "ศูนย์ประชุมและแสดงสินค้า จังหวัดขอนแก่น",
            [paragraph("จัดร่วมกับกรมการจัดหางาน มีตำแหน่งงานว่างจากสถานประกอบการในภาคตะวันออกเฉียงเหนือ")],
            start_time=time(9, 0),
            end=today + timedelta(days=23),
            end_time=time(16, 0),
            image="event-fair",
            organiser="สำนักงานประกันสังคม ร่วมกับกรมการจัดหางาน",
        ),
        event(
            "social-security-board-meeting",
            "ประชุมคณะกรรมการประกันสังคม ประจำเดือน",
            today + timedelta(days=40),
            "พิจารณาวาระด้านสิทธิประโยชน์และการลงทุนของกองทุนประกันสังคม",
            "ห้องประชุมคณะกรรมการ ชั้น 2 อาคารสำนักงานประกันสังคม",
            [paragraph("สรุปมติการประชุมจะเผยแพร่ในหมวดข่าวประชาสัมพันธ์ภายหลังการประชุม")],
            start_time=time(13, 30),
            end_time=time(16, 30),
        ),
        event(
            "employer-e-service-training",
            "อบรมการใช้งานระบบ e-Service สำหรับนายจ้าง (ออนไลน์)",
            today - timedelta(days=15),
            "อบรมผ่านระบบประชุมออนไลน์ ยื่นแบบและชำระเงินสมทบทางอิเล็กทรอนิกส์",
            "ออนไลน์ผ่านระบบประชุมทางไกล",
            [paragraph("ผู้เข้าอบรมกว่า 800 คน ดาวน์โหลดเอกสารประกอบการอบรมได้จากหมวดคู่มือ")],
            start_time=time(10, 0),
            end_time=time(12, 0),
        ),
        event(
            "insured-persons-day-activities",
            "กิจกรรมพบปะผู้ประกันตนและเครือข่ายแรงงาน",
            today - timedelta(days=48),
            "รับฟังความคิดเห็นของผู้ประกันตนต่อการพัฒนาสิทธิประโยชน์",
            "หอประชุมกระทรวงแรงงาน กรุงเทพมหานคร",
            [paragraph("ผู้แทนเครือข่ายแรงงานเสนอให้ขยายสิทธิทันตกรรมและบริการตรวจสุขภาพเชิงรุก")],
            start_time=time(9, 0),
            end_time=time(15, 0),
        ),
    ]


# Laws ---------------------------------------------------------------------------------------------------------


def laws() -> list[ChildPage]:
    def law(
        parent, slug, doc, title, year_be, intro, body, number="", effective=None, status="in_force", repealed=None
    ):
        return ChildPage(
            parent=parent,
            model="categories.LawPage",
            slug=slug,
            fields={
                "title": title,
                "intro": intro,
                "number": number,
                "year_be": year_be,
                "effective_date": effective,
                "document": Doc(doc),
                "status": status,
                "repealed_date": repealed,
                "body": body,
            },
        )

    return [
        law(
            "laws/acts",
            "social-security-act-2533",
            "law-ssa-2533",
            "พระราชบัญญัติประกันสังคม พ.ศ. 2533",
            2533,
            "กฎหมายหลักของระบบประกันสังคม ว่าด้วยกองทุนประกันสังคม เงินสมทบ และประโยชน์ทดแทน 7 กรณี",
            [
                paragraph("พระราชบัญญัตินี้แก้ไขเพิ่มเติมหลายครั้ง ฉบับที่แสดงเป็นสรุปสาระสำคัญ ผู้ใช้ควรตรวจสอบตัวบทล่าสุดจากราชกิจจานุเบกษา"),
                link_block("ราชกิจจานุเบกษา", "https://ratchakitcha.soc.go.th"),
            ],
            effective=date(1990, 9, 2),
            status="amended",
        ),
        law(
            "laws/acts",
            "workmen-compensation-act-2537",
            "law-wca-2537",
            "พระราชบัญญัติเงินทดแทน พ.ศ. 2537",
            2537,
            "คุ้มครองลูกจ้างที่ประสบอันตราย เจ็บป่วย หรือตาย เนื่องจากการทำงาน โดยนายจ้างจ่ายเงินสมทบฝ่ายเดียว",
            [paragraph("กองทุนเงินทดแทนจ่ายค่ารักษาพยาบาล ค่าทดแทนรายเดือน ค่าทำศพ และค่าฟื้นฟูสมรรถภาพแทนนายจ้าง")],
            status="amended",
        ),
        law(
            "laws/ministerial-regulations",
            "sickness-benefit-criteria-2566",
            "law-mr-sickness-2566",
            "กฎกระทรวงกำหนดหลักเกณฑ์และอัตราประโยชน์ทดแทนกรณีประสบอันตรายหรือเจ็บป่วย พ.ศ. 2566",
            2566,
            "หลักเกณฑ์และอัตราเงินทดแทนการขาดรายได้ และสิทธิการรับบริการทางการแพทย์",
            [paragraph("ใช้แทนกฎกระทรวงฉบับเดิมในเรื่องเดียวกัน")],
            effective=date(2023, 6, 1),
        ),
        law(
            "laws/ministerial-regulations",
            "contribution-rate-reduction-2564",
            "law-mr-contribution-2564",
            "กฎกระทรวงกำหนดอัตราเงินสมทบกองทุนประกันสังคม (ลดอัตราชั่วคราว) พ.ศ. 2564",
            2564,
            "ลดอัตราเงินสมทบของนายจ้างและผู้ประกันตนชั่วคราว เพื่อบรรเทาผลกระทบทางเศรษฐกิจ (ยกเลิกแล้ว)",
            [paragraph("กฎกระทรวงฉบับนี้ถูกยกเลิกแล้ว เผยแพร่ไว้เพื่อการอ้างอิงย้อนหลัง")],
            effective=date(2021, 5, 1),
            status="repealed",
            repealed=date(2022, 1, 1),
        ),
        law(
            "laws/announcements",
            "dental-benefit-2567",
            "law-ann-dental-2567",
            "ประกาศคณะกรรมการการแพทย์ เรื่อง หลักเกณฑ์และอัตราประโยชน์ทดแทนกรณีทันตกรรม พ.ศ. 2567",
            2567,
            "สิทธิทันตกรรมของผู้ประกันตน: ขูดหินปูน อุดฟัน ถอนฟัน ผ่าฟันคุด และใส่ฟันเทียม",
            [paragraph("ผู้ประกันตนรับบริการที่สถานพยาบาลที่ร่วมโครงการได้โดยไม่ต้องสำรองจ่ายภายในวงเงินที่กำหนด")],
            number="ฉบับที่ 2",
            effective=date(2024, 1, 1),
        ),
        law(
            "laws/announcements",
            "electronic-filing-2568",
            "law-ann-efiling-2568",
            "ประกาศสำนักงานประกันสังคม เรื่อง การยื่นแบบรายการแสดงการส่งเงินสมทบทางอิเล็กทรอนิกส์ พ.ศ. 2568",
            2568,
            "นายจ้างยื่นแบบและชำระเงินสมทบทางอิเล็กทรอนิกส์ได้ โดยมีผลเช่นเดียวกับการยื่นที่สำนักงาน",
            [paragraph("ดูขั้นตอนการชำระเงินผ่านแอปพลิเคชันได้ที่ [[news/press-releases|ข่าวประชาสัมพันธ์]]")],
            effective=date(2025, 3, 1),
        ),
    ]


# Publications ------------------------------------------------------------------------------------------------


def publications() -> list[ChildPage]:
    def pub(parent, model, slug, title, published, intro, cover, doc=None, year_be=None, body=(), **extra):
        fields = {
            "title": title,
            "intro": intro,
            "publication_date": published,
            "year_be": year_be,
            "cover": Img(cover),
            "document": Doc(doc) if doc else None,
            "body": list(body),
        }
        fields.update(extra)
        return ChildPage(parent=parent, model=model, slug=slug, fields=fields)

    media, report, invest = "categories.MediaItemPage", "categories.ReportPage", "categories.InvestmentDocumentPage"
    pr = "benefits/pr-media"
    return [
        pub(
            f"{pr}/brochures",
            media,
            "section-33-benefits",
            "แผ่นพับ สิทธิประโยชน์ผู้ประกันตนมาตรา 33",
            date(2025, 8, 15),
            "สรุปความคุ้มครอง 7 กรณีสำหรับลูกจ้างในสถานประกอบการ",
            "cover-brochure",
            "brochure-s33",
            2568,
            [paragraph("พิมพ์แผ่นพับนี้แจกจ่ายได้โดยไม่ต้องขออนุญาต")],
        ),
        pub(
            f"{pr}/brochures",
            media,
            "section-40-three-options",
            "แผ่นพับ ผู้ประกันตนมาตรา 40 เลือกได้ 3 ทางเลือก",
            date(2025, 5, 2),
            "เปรียบเทียบเงินสมทบและความคุ้มครองของทั้ง 3 ทางเลือก สำหรับแรงงานนอกระบบ",
            "cover-brochure",
            "brochure-s40",
            2568,
        ),
        pub(
            f"{pr}/journals",
            media,
            "journal-30-3",
            "วารสารประกันสังคม ปีที่ 30 ฉบับที่ 3",
            date(2025, 7, 1),
            "ฉบับ “ประกันสังคมยุคดิจิทัล” เปิดบริการยื่นคำขอรับประโยชน์ทดแทนทางออนไลน์",
            "cover-journal",
            "journal-30-3",
            2568,
            issue_label="ปีที่ 30 ฉบับที่ 3",
        ),
        pub(
            f"{pr}/journals",
            media,
            "journal-30-4",
            "วารสารประกันสังคม ปีที่ 30 ฉบับที่ 4",
            date(2025, 10, 1),
            "ฉบับ “ออมวันนี้ เพื่อวัยเกษียณ” ทำความเข้าใจบำเหน็จและบำนาญชราภาพ",
            "cover-journal",
            "journal-30-4",
            2568,
            issue_label="ปีที่ 30 ฉบับที่ 4",
        ),
        pub(
            f"{pr}/infographics",
            media,
            "unemployment-claim-steps",
            "อินโฟกราฟิก 5 ขั้นตอน ขอรับเงินกรณีว่างงานออนไลน์",
            date(2025, 9, 10),
            "สรุปขั้นตอนตั้งแต่ขึ้นทะเบียนจนได้รับเงินทดแทนการขาดรายได้",
            "infographic-unemployment",
            year_be=2568,
            body=[
                image_block(Img("infographic-unemployment")),
                paragraph("ขึ้นทะเบียนว่างงานได้ที่เว็บไซต์ของกรมการจัดหางาน ภายใน 30 วันนับแต่วันที่ออกจากงาน"),
            ],
        ),
        pub(
            f"{pr}/infographics",
            media,
            "maternity-benefits",
            "อินโฟกราฟิก คลอดบุตร ประกันสังคมดูแลอะไรบ้าง",
            date(2025, 6, 20),
            "ค่าฝากครรภ์ ค่าคลอดบุตร และเงินสงเคราะห์การหยุดงาน",
            "infographic-maternity",
            year_be=2568,
            body=[
                image_block(Img("infographic-maternity")),
                paragraph("ดูรายละเอียดที่ [[benefits/social-security-fund/maternity|กรณีคลอดบุตร]]"),
            ],
        ),
        pub(
            "knowledge/reports/annual-sso",
            report,
            "annual-report-2567",
            "รายงานประจำปี 2567 สำนักงานประกันสังคม",
            date(2025, 6, 30),
            "ผลการดำเนินงาน สถิติผู้ประกันตน และงบการเงินกองทุนประกันสังคม ปีงบประมาณ 2567",
            "cover-annual",
            "annual-sso-2567",
            2567,
        ),
        pub(
            "knowledge/reports/annual-sso",
            report,
            "annual-report-2566",
            "รายงานประจำปี 2566 สำนักงานประกันสังคม",
            date(2024, 6, 28),
            "ผลการดำเนินงาน สถิติผู้ประกันตน และงบการเงินกองทุนประกันสังคม ปีงบประมาณ 2566",
            "cover-annual",
            "annual-sso-2566",
            2566,
        ),
        pub(
            "knowledge/reports/annual-wcf",
            report,
            "annual-report-2567",
            "รายงานประจำปี 2567 กองทุนเงินทดแทน",
            date(2025, 7, 15),
            "ผลการดำเนินงานและสถิติการประสบอันตรายจากการทำงาน ปี 2567",
            "cover-annual",
            "annual-wcf-2567",
            2567,
        ),
        pub(
            "knowledge/reports/annual-wcf",
            report,
            "annual-report-2566",
            "รายงานประจำปี 2566 กองทุนเงินทดแทน",
            date(2024, 7, 12),
            "ผลการดำเนินงานและสถิติการประสบอันตรายจากการทำงาน ปี 2566",
            "cover-annual",
            "annual-wcf-2566",
            2566,
        ),
        pub(
            "knowledge/reports/research",
            report,
            "old-age-pension-adequacy",
            "รายงานการวิจัย ความเพียงพอของบำนาญชราภาพกองทุนประกันสังคม",
            date(2025, 3, 31),
            "ประเมินอัตราทดแทนรายได้ของบำนาญชราภาพ และข้อเสนอเพื่อความเพียงพอในระยะยาว",
            "cover-research",
            "research-pension",
            2568,
        ),
        pub(
            "knowledge/reports/research",
            report,
            "platform-workers-coverage",
            "รายงานการวิจัย แนวทางขยายความคุ้มครองประกันสังคมแก่แรงงานแพลตฟอร์ม",
            date(2024, 11, 29),
            "รูปแบบความคุ้มครองที่เหมาะสมกับผู้ทำงานผ่านแพลตฟอร์มดิจิทัล",
            "cover-research",
            "research-platform",
            2567,
        ),
        pub(
            "knowledge/investment/framework",
            invest,
            "investment-framework-2568",
            "กรอบการลงทุนของกองทุนประกันสังคม ปี 2568",
            date(2024, 12, 20),
            "สัดส่วนการลงทุนเป้าหมายตามที่คณะกรรมการประกันสังคมให้ความเห็นชอบ",
            "cover-investment",
            "invest-framework-2568",
            2568,
        ),
        pub(
            "knowledge/investment/framework",
            invest,
            "responsible-investment-policy",
            "นโยบายการลงทุนอย่างรับผิดชอบของกองทุนประกันสังคม",
            date(2024, 9, 2),
            "การนำปัจจัยด้านสิ่งแวดล้อม สังคม และธรรมาภิบาลมาใช้ในการลงทุน",
            "cover-investment",
            "invest-esg-2568",
            2567,
        ),
        pub(
            "knowledge/investment/management-reports",
            invest,
            "investment-report-2568-q3",
            "รายงานสภาพการบริหารเงินลงทุน ไตรมาสที่ 3 ปี 2568",
            date(2025, 11, 14),
            "เงินลงทุนและผลตอบแทนของกองทุนประกันสังคม ณ สิ้นเดือนกันยายน 2568",
            "cover-investment",
            "invest-q3-2568",
            2568,
        ),
        pub(
            "knowledge/investment/management-reports",
            invest,
            "investment-report-2568-q2",
            "รายงานสภาพการบริหารเงินลงทุน ไตรมาสที่ 2 ปี 2568",
            date(2025, 8, 15),
            "เงินลงทุนและผลตอบแทนของกองทุนประกันสังคม ณ สิ้นเดือนมิถุนายน 2568",
            "cover-investment",
            "invest-q2-2568",
            2568,
        ),
    ]


def downloads() -> list[ChildPage]:
    def form(parent, slug, code, title, intro, doc=None, url="", updated=date(2025, 1, 6)):
        return ChildPage(
            parent=parent,
            model="categories.DownloadFormPage",
            slug=slug,
            fields={
                "title": title,
                "intro": intro,
                "form_code": code,
                "document": Doc(doc) if doc else None,
                "external_url": url,
                "last_updated": updated,
            },
        )

    return [
        form(
            "downloads/ssf-forms",
            "sps-1-01",
            "สปส. 1-01",
            "แบบขึ้นทะเบียนนายจ้าง",
            "นายจ้างยื่นภายใน 30 วันนับแต่วันที่มีลูกจ้างตั้งแต่ 1 คนขึ้นไป",
            "form-1-01",
            updated=date(2024, 10, 1),
        ),
        form(
            "downloads/ssf-forms",
            "sps-1-03",
            "สปส. 1-03",
            "แบบขึ้นทะเบียนผู้ประกันตน",
            "นายจ้างยื่นภายใน 30 วันนับแต่วันที่ลูกจ้างเข้าทำงาน",
            "form-1-03",
            updated=date(2024, 10, 1),
        ),
        form(
            "downloads/benefit-claim-forms",
            "sps-2-01",
            "สปส. 2-01",
            "แบบคำขอรับประโยชน์ทดแทน",
            "ใช้ยื่นขอรับประโยชน์ทดแทนกรณีเจ็บป่วย คลอดบุตร ทุพพลภาพ ตาย สงเคราะห์บุตร และชราภาพ",
            "form-2-01",
        ),
        form(
            "downloads/benefit-claim-forms",
            "sps-2-01-7",
            "สปส. 2-01/7",
            "แบบคำขอรับประโยชน์ทดแทนกรณีว่างงาน",
            "ยื่นพร้อมหนังสือรับรองการออกจากงาน ภายใน 30 วันนับแต่วันที่ออกจากงาน",
            "form-2-01-7",
        ),
        form(
            "downloads/unemployment-forms",
            "sps-2-01-7",
            "สปส. 2-01/7",
            "แบบคำขอรับประโยชน์ทดแทนกรณีว่างงาน",
            "แบบคำขอสำหรับผู้ประกันตนที่ถูกเลิกจ้าง ลาออก หรือสิ้นสุดสัญญาจ้าง",
            "form-2-01-7",
        ),
        form(
            "downloads/unemployment-forms",
            "online-unemployment-registration",
            "",
            "ขึ้นทะเบียนผู้ว่างงานออนไลน์ (เว็บไซต์กรมการจัดหางาน)",
            "ขึ้นทะเบียนและรายงานตัวผู้ว่างงานทางอินเทอร์เน็ต ให้บริการโดยกรมการจัดหางาน",
            url="https://empui.doe.go.th",
            updated=date(2025, 2, 3),
        ),
    ]


# Units -----------------------------------------------------------------------------------------------------


def units() -> list[ChildPage]:
    def office(parent, slug, title, province, address, phone, fax, map_query, intro, website=""):
        return ChildPage(
            parent=parent,
            model="categories.UnitOfficePage",
            slug=slug,
            fields={
                "title": title,
                "intro": intro,
                "province": province,
                "address": address,
                "phone": phone,
                "fax": fax,
                "office_hours": OFFICE_HOURS,
                "map_url": "https://maps.google.com/?q=" + map_query.replace(" ", "+"),
                "website": website,
            },
        )

    internal, regional = "units/internal", "units/regional"
    hq = "Social Security Office Nonthaburi"
    return [
        office(
            internal,
            "investment-bureau",
            "กองบริหารการลงทุน",
            "นนทบุรี",
            f"ชั้น 6 อาคารสำนักงานประกันสังคม {HQ_ADDRESS}",
            HQ_PHONE,
            "0 2526 1234",
            hq,
            "บริหารเงินลงทุนของกองทุนประกันสังคมตามกรอบการลงทุน",
        ),
        office(
            internal,
            "workmen-compensation-fund-office",
            "สำนักงานกองทุนเงินทดแทน",
            "นนทบุรี",
            f"ชั้น 4 อาคารสำนักงานประกันสังคม {HQ_ADDRESS}",
            HQ_PHONE,
            "0 2526 2345",
            hq,
            "บริหารกองทุนเงินทดแทน จ่ายเงินทดแทนแก่ลูกจ้างที่ประสบอันตรายจากการทำงาน",
        ),
        office(
            internal,
            "information-technology-bureau",
            "สำนักบริหารเทคโนโลยีสารสนเทศ",
            "นนทบุรี",
            f"ชั้น 7 อาคารสำนักงานประกันสังคม {HQ_ADDRESS}",
            HQ_PHONE,
            "",
            hq,
            "พัฒนาและดูแลระบบสารสนเทศ เว็บไซต์ และบริการอิเล็กทรอนิกส์ของสำนักงาน",
        ),
        office(
            internal,
            "legal-division",
            "กองกฎหมาย",
            "นนทบุรี",
            f"ชั้น 5 อาคารสำนักงานประกันสังคม {HQ_ADDRESS}",
            HQ_PHONE,
            "0 2526 3456",
            hq,
            "ยกร่างกฎหมาย ให้ความเห็นทางกฎหมาย และดำเนินคดี",
        ),
        office(
            regional,
            "bangkok-area-1",
            "สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1",
            "กรุงเทพมหานคร",
            "ถนนพระรามที่ 4 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330",
            "0 2251 4567",
            "0 2251 4568",
            "Social Security Office Bangkok Area 1",
            "ให้บริการนายจ้างและผู้ประกันตนในเขตปทุมวันและพื้นที่ใกล้เคียง",
        ),
        office(
            regional,
            "chiang-mai",
            "สำนักงานประกันสังคมจังหวัดเชียงใหม่",
            "เชียงใหม่",
            "ถนนโชตนา ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300",
            "0 5311 2233",
            "0 5311 2234",
            "Social Security Office Chiang Mai",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดเชียงใหม่",
        ),
        office(
            regional,
            "khon-kaen",
            "สำนักงานประกันสังคมจังหวัดขอนแก่น",
            "ขอนแก่น",
            "ถนนศูนย์ราชการ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000",
            "0 4324 5566",
            "0 4324 5567",
            "Social Security Office Khon Kaen",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดขอนแก่น",
        ),
        office(
            regional,
            "nakhon-ratchasima",
            "สำนักงานประกันสังคมจังหวัดนครราชสีมา",
            "นครราชสีมา",
            "ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000",
            "0 4425 6677",
            "",
            "Social Security Office Nakhon Ratchasima",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดนครราชสีมา",
        ),
        office(
            regional,
            "chon-buri",
            "สำนักงานประกันสังคมจังหวัดชลบุรี",
            "ชลบุรี",
            "ถนนสุขุมวิท ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000",
            "0 3827 7788",
            "0 3827 7789",
            "Social Security Office Chon Buri",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดชลบุรี",
        ),
        office(
            regional,
            "songkhla",
            "สำนักงานประกันสังคมจังหวัดสงขลา",
            "สงขลา",
            "ถนนราษฎร์อุทิศ ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110",
            "0 7425 8899",
            "",
            "Social Security Office Songkhla",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดสงขลา",
        ),
        office(
            regional,
            "phuket",
            "สำนักงานประกันสังคมจังหวัดภูเก็ต",
            "ภูเก็ต",
            "ถนนนริศร ตำบลตลาดใหญ่ อำเภอเมืองภูเก็ต จังหวัดภูเก็ต 83000",
            "0 7621 3344",
            "0 7621 3345",
            "Social Security Office Phuket",
            "ให้บริการนายจ้างและผู้ประกันตนในจังหวัดภูเก็ต",
        ),
    ]


def child_pages(today: date) -> list[ChildPage]:
    """Every page to create, in creation order."""
    return [
        *PEOPLE,
        *news(today),
        *photo_news(today),
        *video_news(today),
        *recruitment(today),
        *external_notices(today),
        *events(today),
        *laws(),
        *publications(),
        *downloads(),
        *units(),
    ]


# Existing category pages --------------------------------------------------------------------------------------

OTHER_WEBSITES = [
    {"title": "กระทรวงแรงงาน", "url": "https://www.mol.go.th", "description": "ข่าวสารและนโยบายด้านแรงงาน"},
    {"title": "กรมการจัดหางาน", "url": "https://www.doe.go.th", "description": "หางาน สมัครงาน และแรงงานต่างด้าว"},
    {
        "title": "ระบบขึ้นทะเบียนผู้ว่างงาน",
        "url": "https://empui.doe.go.th",
        "description": "ขึ้นทะเบียนและรายงานตัวผู้ประกันตนกรณีว่างงาน",
    },
    {
        "title": "กรมสวัสดิการและคุ้มครองแรงงาน",
        "url": "https://www.labour.go.th",
        "description": "สิทธิของลูกจ้างตามกฎหมายคุ้มครองแรงงาน",
    },
    {"title": "กรมพัฒนาฝีมือแรงงาน", "url": "https://www.dsd.go.th", "description": "ฝึกอบรมและทดสอบมาตรฐานฝีมือแรงงาน"},
    {"title": "ราชกิจจานุเบกษา", "url": "https://ratchakitcha.soc.go.th", "description": "ตัวบทกฎหมายที่ประกาศใช้บังคับ"},
    {"title": "สำนักงานคณะกรรมการกฤษฎีกา", "url": "https://www.krisdika.go.th", "description": "ฐานข้อมูลกฎหมายไทย"},
]

INTROS = {
    "about": "ประวัติ วิสัยทัศน์ โครงสร้าง ผู้บริหาร และช่องทางติดต่อสำนักงานประกันสังคม",
    "about/organization": "ความเป็นมา วิสัยทัศน์ พันธกิจ อำนาจหน้าที่ และแผนการดำเนินงานของสำนักงานประกันสังคม",
    "about/executives": "ผู้บริหารกระทรวงแรงงานและสำนักงานประกันสังคม คณะกรรมการ และทำเนียบผู้บริหาร",
    "about/executives/ministry-executives": "ผู้บริหารระดับสูงของกระทรวงแรงงาน",
    "about/executives/sso-executives": "เลขาธิการ รองเลขาธิการ และผู้ตรวจราชการสำนักงานประกันสังคม",
    "about/executives/former-executives": "รายนามอดีตเลขาธิการสำนักงานประกันสังคมและวาระการดำรงตำแหน่ง",
    "about/executives/social-security-board": "คณะกรรมการไตรภาคี ผู้แทนรัฐ นายจ้าง และผู้ประกันตน ที่กำกับนโยบายกองทุนประกันสังคม",
    "about/executives/compensation-fund-board": "คณะกรรมการที่กำกับการบริหารกองทุนเงินทดแทน",
    "about/cio": "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง แผนด้านดิจิทัล และข่าวสารจากซีไอโอ",
    "about/cio/cio-profile": "ผู้รับผิดชอบทิศทางการพัฒนาเทคโนโลยีสารสนเทศของสำนักงานประกันสังคม",
    "about/cio/cio-news": "ความคืบหน้าบริการดิจิทัลและระบบสารสนเทศของสำนักงานประกันสังคม",
    "news": "ข่าวประชาสัมพันธ์ ภาพข่าว วิดีโอ ประกาศรับสมัครงาน ประกาศจัดซื้อจัดจ้าง และปฏิทินกิจกรรม",
    "news/press-releases": "ข่าวสารล่าสุดจากสำนักงานประกันสังคม",
    "news/recruitment": "ประกาศรับสมัครข้าราชการ พนักงานราชการ และลูกจ้างของสำนักงานประกันสังคม",
    "news/photo-news": "ภาพกิจกรรมของสำนักงานประกันสังคมทั่วประเทศ",
    "news/video-news": "วิดีโอแนะนำสิทธิประโยชน์และบริการ พร้อมคำบรรยายสำหรับผู้ที่ไม่สามารถฟังเสียงได้",
    "news/procurement-central": "ประกาศจัดซื้อจัดจ้างของหน่วยงานส่วนกลาง ตั้งแต่ร่างขอบเขตงานจนถึงสัญญา",
    "news/procurement-regional": "ประกาศจัดซื้อจัดจ้างของสำนักงานประกันสังคมจังหวัดและสาขา",
    "news/external-notices": "ข่าวประชาสัมพันธ์ที่หน่วยงานอื่นขอให้สำนักงานประกันสังคมเผยแพร่",
    "news/calendar": "กิจกรรม การสัมมนา และการประชุมที่กำลังจะมาถึง และกิจกรรมที่ผ่านมา",
    "laws": "พระราชบัญญัติ กฎกระทรวง ประกาศ ระเบียบ และแนวปฏิบัติที่เกี่ยวกับงานประกันสังคม",
    "laws/acts": "พระราชบัญญัติที่สำนักงานประกันสังคมรับผิดชอบ",
    "laws/ministerial-regulations": "กฎกระทรวงที่ออกตามพระราชบัญญัติประกันสังคมและพระราชบัญญัติเงินทดแทน",
    "laws/announcements": "ประกาศของคณะกรรมการและของสำนักงานประกันสังคม",
    "benefits": "สิทธิประโยชน์ของผู้ประกันตนทุกมาตรา กองทุนเงินทดแทน และสื่อประชาสัมพันธ์",
    "benefits/social-security-fund": "ประโยชน์ทดแทน 7 กรณีของกองทุนประกันสังคม และสิทธิของผู้ประกันตนมาตรา 39 และมาตรา 40",
    "benefits/pr-media": "แผ่นพับ วารสาร และอินโฟกราฟิก ดาวน์โหลดไปใช้ได้โดยไม่ต้องขออนุญาต",
    "benefits/pr-media/brochures": "แผ่นพับสรุปสิทธิประโยชน์ฉบับพกพา",
    "benefits/pr-media/journals": "วารสารประกันสังคม รายไตรมาส",
    "benefits/pr-media/infographics": "สรุปสิทธิและขั้นตอนเป็นภาพ เข้าใจง่าย",
    "knowledge": "สถิติ รายงาน คู่มือประชาชน และข้อมูลการลงทุนของกองทุน",
    "knowledge/ssf-statistics": "สถิติสถานประกอบการ ผู้ประกันตน การใช้บริการ และงบกองทุนประกันสังคม",
    "knowledge/wcf-statistics": "สถิติการประสบอันตรายหรือเจ็บป่วยเนื่องจากการทำงาน และงบกองทุนเงินทดแทน",
    "knowledge/reports": "รายงานประจำปี รายงานผลการสำรวจ รายงานการวิจัย และรายงานผลการดำเนินงาน",
    "knowledge/reports/annual-sso": "รายงานประจำปีของสำนักงานประกันสังคม",
    "knowledge/reports/annual-wcf": "รายงานประจำปีของกองทุนเงินทดแทน",
    "knowledge/reports/research": "งานวิจัยเพื่อพัฒนาระบบประกันสังคม",
    "knowledge/investment": "กรอบการลงทุน รายงานการบริหารเงินลงทุน และธรรมาภิบาลการลงทุนของกองทุนประกันสังคม",
    "knowledge/investment/framework": "กรอบและนโยบายการลงทุนที่คณะกรรมการประกันสังคมให้ความเห็นชอบ",
    "knowledge/investment/management-reports": "รายงานสภาพการบริหารเงินลงทุนรายไตรมาส",
    "downloads": "แบบฟอร์ม คู่มือ และโปรแกรมสำหรับนายจ้างและผู้ประกันตน",
    "downloads/ssf-forms": "แบบฟอร์มสำหรับนายจ้างและผู้ประกันตนของกองทุนประกันสังคม",
    "downloads/benefit-claim-forms": "แบบคำขอรับประโยชน์ทดแทนทุกกรณี",
    "downloads/unemployment-forms": "แบบฟอร์มและช่องทางออนไลน์สำหรับผู้ประกันตนกรณีว่างงาน",
    "units": "หน่วยงานภายใน สำนักงานประกันสังคมจังหวัดและสาขา และเว็บไซต์หน่วยงานที่เกี่ยวข้อง",
    "units/internal": "กอง สำนัก และศูนย์ในส่วนกลาง",
    "units/regional": "สำนักงานประกันสังคมจังหวัด สาขา และพื้นที่ในกรุงเทพมหานคร ค้นหาตามจังหวัดได้",
    "units/other-websites": "เว็บไซต์ของหน่วยงานในกระทรวงแรงงานและหน่วยงานที่เกี่ยวข้อง",
    "about/organization/performance-agreement": "คำรับรองการปฏิบัติราชการประจำปีและรายงานผลตามตัวชี้วัด",
    "about/organization/section-44-assessment": "ผลการประเมินส่วนราชการตามมาตรา 44 แห่งพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์"
    "และวิธีการบริหารกิจการบ้านเมืองที่ดี",
    "news/procurement-central/draft-tor": "ร่างขอบเขตของงาน (TOR) เพื่อรับฟังความคิดเห็นก่อนประกาศจัดซื้อจัดจ้าง",
    "news/procurement-central/invitations": "ประกาศเชิญชวนและเอกสารประกวดราคา",
    "news/procurement-central/qualified-bidders": "รายชื่อผู้ยื่นข้อเสนอที่มีสิทธิ์เสนอราคา",
    "news/procurement-central/changes-cancellations": "ประกาศแก้ไขเปลี่ยนแปลงหรือยกเลิกการจัดซื้อจัดจ้าง",
    "news/procurement-central/results": "ประกาศผู้ชนะการเสนอราคา",
    "news/procurement-central/reference-prices": "ราคากลางและราคาอ้างอิงของการจัดซื้อจัดจ้าง",
    "news/procurement-central/monthly-summaries": "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
    "news/procurement-central/procurement-plans": "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ",
    "news/procurement-central/auctions": "ประกาศขายทอดตลาดพัสดุที่หมดความจำเป็น",
    "news/procurement-central/contracts": "สาระสำคัญของสัญญาจัดซื้อจัดจ้าง",
    "laws/regulations": "ระเบียบของคณะกรรมการและของสำนักงานประกันสังคม",
    "laws/standards": "มาตรฐานการให้บริการและมาตรฐานสถานพยาบาล",
    "laws/manuals": "คู่มือการปฏิบัติงานตามกฎหมายประกันสังคมและกฎหมายเงินทดแทน",
    "laws/guidelines": "แนวปฏิบัติและหนังสือเวียนที่เกี่ยวข้อง",
    "laws/cabinet-resolutions": "มติคณะรัฐมนตรีที่เกี่ยวกับงานประกันสังคม",
    "laws/royal-decrees": "พระราชกฤษฎีกาที่ออกตามพระราชบัญญัติประกันสังคม",
    "laws/other-laws": "กฎหมายอื่นที่เกี่ยวข้องกับงานของสำนักงานประกันสังคม",
    "benefits/social-security-fund/additional-benefits": "สิทธิประโยชน์เพิ่มเติมนอกเหนือจากประโยชน์ทดแทน 7 กรณี",
    "benefits/pr-media/compensation-fund-infographics": "อินโฟกราฟิกสิทธิของลูกจ้างตามกองทุนเงินทดแทน",
    "benefits/pr-media/investment-media": "สื่อเผยแพร่ความรู้เรื่องการลงทุนของกองทุนประกันสังคม",
    "knowledge/reports/surveys": "ผลการสำรวจความพึงพอใจและความต้องการของผู้รับบริการ",
    "knowledge/reports/performance": "รายงานผลการดำเนินงานและผลการปฏิบัติงานตามแผน",
    "knowledge/reports/fund-status": "สถานะทางการเงินของกองทุนประกันสังคม",
    "knowledge/investment/governance": "หลักธรรมาภิบาลและการกำกับดูแลการลงทุนของกองทุน",
    "downloads/wcf-forms": "แบบฟอร์มของกองทุนเงินทดแทนสำหรับนายจ้างและลูกจ้าง",
    "downloads/manuals": "คู่มือการใช้งานระบบและคู่มือสำหรับนายจ้างและผู้ประกันตน",
    "downloads/other-documents": "เอกสารเผยแพร่อื่น ๆ ของสำนักงานประกันสังคม",
    "downloads/programs": "โปรแกรมสำหรับจัดทำข้อมูลส่งเงินสมทบทางอิเล็กทรอนิกส์",
    "downloads/hospital-data": "รายชื่อและข้อมูลสถานพยาบาลในโครงการประกันสังคม",
}


def _benefit(key, intro, eligibility, conditions, entitlements, how_to_claim, form=None, form_label="", body=()):
    fields = {
        "intro": intro,
        "eligibility": eligibility,
        "conditions": conditions,
        "entitlements": entitlements,
        "how_to_claim": how_to_claim,
    }
    if form:
        fields["forms"] = [attachment(Doc(form), form_label, block_type="form")]
    if body:
        fields["body"] = list(body)
    return PageFill(f"benefits/social-security-fund/{key}" if "/" not in key else key, fields)


_CLAIM = (
    "<p>ยื่นแบบ [[doc:form-2-01|สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน]] ที่สำนักงานประกันสังคมทุกแห่ง "
    "หรือทางระบบ e-Service พร้อมเอกสารต่อไปนี้</p>"
)

BENEFITS = [
    _benefit(
        "sickness-injury",
        "รักษาพยาบาลโดยไม่เสียค่าใช้จ่ายที่โรงพยาบาลตามสิทธิ และเงินทดแทนการขาดรายได้เมื่อหยุดงานตามคำสั่งแพทย์",
        "<p>ผู้ประกันตนมาตรา 33 และมาตรา 39 ที่ประสบอันตรายหรือเจ็บป่วยอันมิใช่เนื่องจากการทำงาน</p>",
        bullets(
            "จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 3 เดือน ภายในระยะเวลา 15 เดือนก่อนรับบริการทางการแพทย์",
            "เข้ารับการรักษาที่โรงพยาบาลตามสิทธิ ยกเว้นกรณีฉุกเฉิน",
        ),
        bullets(
            "ค่ารักษาพยาบาลตามความจำเป็นทางการแพทย์ โดยไม่ต้องสำรองจ่าย",
            "เงินทดแทนการขาดรายได้ร้อยละ 50 ของค่าจ้าง ครั้งละไม่เกิน 90 วัน ปีละไม่เกิน 180 วัน",
            "ทันตกรรมตามวงเงินที่คณะกรรมการการแพทย์กำหนด",
            "กรณีฉุกเฉินเข้าสถานพยาบาลใดก็ได้ตามหลักเกณฑ์ที่กำหนด",
        ),
        _CLAIM + bullets("ใบรับรองแพทย์", "สำเนาบัตรประจำตัวประชาชน", "สำเนาหน้าสมุดบัญชีเงินฝากหรือบัญชีพร้อมเพย์"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
    ),
    _benefit(
        "maternity",
        "ค่าตรวจและฝากครรภ์ ค่าคลอดบุตรเหมาจ่าย และเงินสงเคราะห์การหยุดงานเพื่อการคลอดบุตร",
        "<p>ผู้ประกันตนหญิง หรือผู้ประกันตนชายที่ภรรยาหรือหญิงที่อยู่กินฉันสามีภรรยาคลอดบุตร</p>",
        bullets(
            "จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 5 เดือน ภายในระยะเวลา 15 เดือนก่อนคลอดบุตร",
            "กรณีสามีและภรรยาเป็นผู้ประกันตนทั้งคู่ ให้ใช้สิทธิเบิกค่าคลอดได้เพียงคนเดียว",
        ),
        bullets(
            "ค่าตรวจและรับฝากครรภ์ รวมไม่เกิน 1,500 บาท",
            "ค่าคลอดบุตรเหมาจ่าย 15,000 บาท ต่อการคลอดหนึ่งครั้ง",
            "เงินสงเคราะห์การหยุดงานเพื่อการคลอดบุตร ร้อยละ 50 ของค่าจ้าง เป็นเวลา 90 วัน (ผู้ประกันตนหญิง)",
        ),
        _CLAIM + bullets("สำเนาสูติบัตรของบุตร", "สำเนาบัตรประจำตัวประชาชน", "สำเนาหน้าสมุดบัญชีเงินฝาก"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
        body=[image_block(Img("infographic-maternity"), "สรุปสิทธิกรณีคลอดบุตร")],
    ),
    _benefit(
        "invalidity",
        "ค่ารักษาพยาบาลและเงินทดแทนการขาดรายได้รายเดือน เมื่อสูญเสียอวัยวะหรือสมรรถภาพในการทำงาน",
        "<p>ผู้ประกันตนที่ทุพพลภาพอันมิใช่เนื่องจากการทำงาน ตามการวินิจฉัยของคณะกรรมการการแพทย์</p>",
        bullets("จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 3 เดือน ภายในระยะเวลา 15 เดือนก่อนทุพพลภาพ"),
        bullets(
            "ทุพพลภาพรุนแรง: เงินทดแทนการขาดรายได้ร้อยละ 50 ของค่าจ้าง ตลอดชีวิต",
            "ทุพพลภาพไม่รุนแรง: เงินทดแทนการขาดรายได้ร้อยละ 30 ของค่าจ้าง ตามระยะเวลาที่กำหนด",
            "ค่ารักษาพยาบาลและค่าฟื้นฟูสมรรถภาพทางร่างกาย จิตใจ และอาชีพ",
        ),
        _CLAIM + bullets("ใบรับรองแพทย์และผลการตรวจวินิจฉัย", "สำเนาบัตรประจำตัวประชาชน", "สำเนาหน้าสมุดบัญชีเงินฝาก"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
    ),
    _benefit(
        "death",
        "ค่าทำศพและเงินสงเคราะห์กรณีผู้ประกันตนเสียชีวิตอันมิใช่เนื่องจากการทำงาน",
        "<p>ผู้จัดการศพ และทายาทหรือผู้ที่ผู้ประกันตนทำหนังสือระบุไว้ของผู้ประกันตนที่เสียชีวิต</p>",
        bullets("ผู้ประกันตนจ่ายเงินสมทบมาแล้วไม่น้อยกว่า 1 เดือน ภายในระยะเวลา 6 เดือนก่อนเสียชีวิต"),
        bullets(
            "ค่าทำศพ 50,000 บาท จ่ายให้ผู้จัดการศพ",
            "เงินสงเคราะห์กรณีตาย: จ่ายเงินสมทบ 36 เดือนขึ้นไป ได้รับเท่ากับค่าจ้างเฉลี่ย 2 เดือน "
            "และ 120 เดือนขึ้นไป ได้รับเท่ากับค่าจ้างเฉลี่ย 6 เดือน",
        ),
        _CLAIM + bullets("สำเนามรณบัตร", "หลักฐานการเป็นผู้จัดการศพ", "สำเนาบัตรประจำตัวประชาชนของผู้ยื่น"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
    ),
    _benefit(
        "child-allowance",
        "เงินสงเคราะห์บุตรรายเดือน สำหรับบุตรอายุแรกเกิดถึง 6 ปีบริบูรณ์",
        "<p>ผู้ประกันตนที่มีบุตรชอบด้วยกฎหมาย อายุไม่เกิน 6 ปีบริบูรณ์ ไม่เกินคราวละ 3 คน</p>",
        bullets(
            "จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 12 เดือน ภายในระยะเวลา 36 เดือนก่อนเดือนที่มีสิทธิ",
            "บุตรบุญธรรมหรือบุตรที่ยกให้ผู้อื่นเป็นบุตรบุญธรรมไม่มีสิทธิ",
        ),
        bullets("เงินสงเคราะห์บุตร เดือนละ 800 บาท ต่อบุตร 1 คน", "จ่ายทุกเดือนเข้าบัญชีเงินฝากของผู้ประกันตน"),
        _CLAIM + bullets("สำเนาสูติบัตรของบุตร", "สำเนาบัตรประจำตัวประชาชน", "สำเนาหน้าสมุดบัญชีเงินฝาก"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
    ),
    _benefit(
        "old-age",
        "บำเหน็จหรือบำนาญชราภาพ เมื่ออายุครบ 55 ปีบริบูรณ์และความเป็นผู้ประกันตนสิ้นสุด",
        "<p>ผู้ประกันตนมาตรา 33 และมาตรา 39 ที่มีอายุครบ 55 ปีบริบูรณ์ และความเป็นผู้ประกันตนสิ้นสุดลง</p>",
        bullets(
            "จ่ายเงินสมทบครบ 180 เดือนขึ้นไป ได้รับบำนาญชราภาพรายเดือน", "จ่ายเงินสมทบน้อยกว่า 180 เดือน ได้รับบำเหน็จชราภาพเงินก้อนเดียว"
        ),
        bullets(
            "บำนาญชราภาพร้อยละ 20 ของค่าจ้างเฉลี่ย 60 เดือนสุดท้าย และเพิ่มอีกร้อยละ 1.5 ทุก 12 เดือนที่จ่ายเงินสมทบเกิน 180 เดือน",
            "บำเหน็จชราภาพเท่ากับเงินสมทบกรณีชราภาพส่วนของผู้ประกันตน (หรือรวมส่วนของนายจ้าง) พร้อมผลประโยชน์ตอบแทน",
        ),
        _CLAIM + bullets("สำเนาบัตรประจำตัวประชาชน", "สำเนาหน้าสมุดบัญชีเงินฝากหรือบัญชีพร้อมเพย์"),
        "form-2-01",
        "แบบ สปส. 2-01 แบบคำขอรับประโยชน์ทดแทน",
        body=[
            table(
                [
                    ["ระยะเวลาจ่ายเงินสมทบ", "อัตราบำนาญ (ร้อยละของค่าจ้างเฉลี่ย)"],
                    ["180 เดือน (15 ปี)", "20"],
                    ["240 เดือน (20 ปี)", "27.5"],
                    ["300 เดือน (25 ปี)", "35"],
                ],
                "ตัวอย่างการคำนวณบำนาญชราภาพ",
            )
        ],
    ),
    _benefit(
        "unemployment",
        "เงินทดแทนการขาดรายได้ระหว่างว่างงาน เมื่อถูกเลิกจ้าง ลาออก หรือสิ้นสุดสัญญาจ้าง",
        "<p>ผู้ประกันตนมาตรา 33 ที่ว่างงาน มีความสามารถในการทำงาน และพร้อมที่จะทำงานที่เหมาะสม</p>",
        bullets(
            "จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 6 เดือน ภายในระยะเวลา 15 เดือนก่อนว่างงาน",
            "ขึ้นทะเบียนผู้ว่างงานกับกรมการจัดหางานภายใน 30 วันนับแต่วันที่ออกจากงาน",
            "รายงานตัวตามนัดหมายไม่น้อยกว่าเดือนละ 1 ครั้ง",
            "ไม่ถูกเลิกจ้างเพราะทุจริต จงใจทำให้นายจ้างเสียหาย หรือกระทำผิดอาญาโดยเจตนา",
        ),
        bullets(
            "ถูกเลิกจ้าง: ร้อยละ 50 ของค่าจ้าง ไม่เกิน 180 วันต่อปี",
            "ลาออกหรือสิ้นสุดสัญญาจ้าง: ร้อยละ 30 ของค่าจ้าง ไม่เกิน 90 วันต่อปี",
            "ค่าจ้างที่ใช้คำนวณ ขั้นต่ำ 1,650 บาท ขั้นสูง 15,000 บาท",
        ),
        '<p>ขึ้นทะเบียนที่เว็บไซต์ <a href="https://empui.doe.go.th">empui.doe.go.th</a> '
        "แล้วยื่นแบบ [[doc:form-2-01-7|สปส. 2-01/7]] พร้อมหนังสือรับรองการออกจากงาน</p>",
        "form-2-01-7",
        "แบบ สปส. 2-01/7 แบบคำขอรับประโยชน์ทดแทนกรณีว่างงาน",
        body=[
            image_block(Img("infographic-unemployment"), "5 ขั้นตอน ขอรับเงินกรณีว่างงานออนไลน์"),
            link_block("ขึ้นทะเบียนผู้ว่างงาน (กรมการจัดหางาน)", "https://empui.doe.go.th"),
        ],
    ),
    _benefit(
        "section-39",
        "ผู้ที่เคยเป็นผู้ประกันตนมาตรา 33 ส่งเงินสมทบต่อด้วยตนเอง เพื่อรักษาสิทธิ 6 กรณี",
        "<p>ผู้ที่เคยเป็นผู้ประกันตนมาตรา 33 และจ่ายเงินสมทบมาแล้วไม่น้อยกว่า 12 เดือน</p>",
        bullets(
            "สมัครภายใน 6 เดือนนับแต่วันที่ความเป็นผู้ประกันตนมาตรา 33 สิ้นสุด",
            "จ่ายเงินสมทบเดือนละ 432 บาท (คำนวณจากค่าจ้าง 4,800 บาท ในอัตราร้อยละ 9)",
        ),
        bullets("กรณีเจ็บป่วย คลอดบุตร ทุพพลภาพ เสียชีวิต สงเคราะห์บุตร และชราภาพ", "ไม่คุ้มครองกรณีว่างงาน"),
        "<p>ยื่นแบบ สปส. 1-20 ที่สำนักงานประกันสังคมทุกแห่ง หรือสมัครทางเว็บไซต์ของสำนักงาน</p>",
    ),
    _benefit(
        "section-40",
        "แรงงานนอกระบบเลือกจ่ายเงินสมทบได้ 3 ทางเลือก ตามความคุ้มครองที่ต้องการ",
        "<p>ผู้ที่มีสัญชาติไทย อายุ 15 - 65 ปี ประกอบอาชีพอิสระหรือแรงงานนอกระบบ และไม่เป็นผู้ประกันตนมาตรา 33 หรือมาตรา 39</p>",
        bullets("เลือกทางเลือกการจ่ายเงินสมทบได้ และเปลี่ยนทางเลือกได้ปีละครั้ง"),
        bullets(
            "ทางเลือกที่ 1 เดือนละ 70 บาท: เจ็บป่วย ทุพพลภาพ เสียชีวิต",
            "ทางเลือกที่ 2 เดือนละ 100 บาท: ทางเลือกที่ 1 และชราภาพ",
            "ทางเลือกที่ 3 เดือนละ 300 บาท: ทางเลือกที่ 2 และสงเคราะห์บุตร",
        ),
        "<p>สมัครได้ที่สำนักงานประกันสังคมทุกแห่ง ร้านสะดวกซื้อที่ร่วมโครงการ หรือทางเว็บไซต์</p>",
    ),
    _benefit(
        "benefits/compensation-fund",
        "คุ้มครองลูกจ้างที่ประสบอันตราย เจ็บป่วย สูญหาย หรือเสียชีวิต เนื่องจากการทำงานให้นายจ้าง",
        "<p>ลูกจ้างของนายจ้างที่มีลูกจ้างตั้งแต่ 1 คนขึ้นไป ตามพระราชบัญญัติเงินทดแทน พ.ศ. 2537</p>",
        bullets(
            "ประสบอันตรายหรือเจ็บป่วยเนื่องจากการทำงานหรือป้องกันรักษาประโยชน์ให้แก่นายจ้าง",
            "นายจ้างแจ้งการประสบอันตรายภายใน 15 วัน ด้วยแบบ กท.16",
        ),
        bullets(
            "ค่ารักษาพยาบาลตามที่จ่ายจริงตามหลักเกณฑ์ที่กำหนด",
            "ค่าทดแทนรายเดือนร้อยละ 70 ของค่าจ้าง กรณีหยุดงานเกิน 3 วัน",
            "ค่าฟื้นฟูสมรรถภาพในการทำงาน",
            "ค่าทำศพและค่าทดแทนแก่ทายาทกรณีเสียชีวิต",
        ),
        "<p>ยื่นคำร้องที่สำนักงานประกันสังคมจังหวัดหรือสาขาที่เกิดเหตุ ภายใน 180 วัน นับแต่วันประสบอันตราย</p>",
    ),
]


PAGE_FILLS = [
    PageFill(
        None,
        {
            "intro": "เว็บไซต์สำนักงานประกันสังคม กระทรวงแรงงาน: สิทธิประโยชน์ ข่าวสาร กฎหมาย แบบฟอร์ม และบริการออนไลน์",
            "hero_heading": "ประกันสังคม เพื่อคุณภาพชีวิตที่ดีของคนทำงาน",
            "hero_text": "ข้อมูลสิทธิประโยชน์ ข่าวสาร และบริการของสำนักงานประกันสังคม ติดต่อสายด่วน 1506 ได้ตลอด 24 ชั่วโมง",
            "body": (
                "<h2>บริการที่ใช้บ่อย</h2>"
                + bullets(
                    "[[benefits/social-security-fund|สิทธิประโยชน์ 7 กรณีของผู้ประกันตน]]",
                    "[[downloads/benefit-claim-forms|แบบคำขอรับประโยชน์ทดแทน]]",
                    "[[benefits/social-security-fund/unemployment|ว่างงาน ต้องทำอย่างไร]]",
                    "[[units/regional|ค้นหาสำนักงานประกันสังคมใกล้บ้าน]]",
                    "[[about/contact|ติดต่อสำนักงานประกันสังคม]]",
                )
                + "<h2>สายด่วน 1506</h2><p>สอบถามสิทธิประโยชน์และบริการได้ตลอด 24 ชั่วโมง ไม่เว้นวันหยุดราชการ</p>"
            ),
        },
    ),
    PageFill(
        "about/organization/history",
        {
            "intro": "จากการประกาศใช้พระราชบัญญัติประกันสังคม พ.ศ. 2533 สู่การคุ้มครองคนทำงานกว่า 24 ล้านคน",
            "body": [
                paragraph(
                    "สำนักงานประกันสังคมจัดตั้งขึ้นเมื่อ พ.ศ. 2533 ตามพระราชบัญญัติประกันสังคม พ.ศ. 2533 "
                    "เพื่อสร้างหลักประกันให้ลูกจ้างและครอบครัวเมื่อประสบความเดือดร้อนจากการเจ็บป่วย คลอดบุตร "
                    "ทุพพลภาพ เสียชีวิต ชราภาพ หรือว่างงาน โดยนายจ้าง ลูกจ้าง และรัฐบาลร่วมกันจ่ายเงินสมทบเข้ากองทุน"
                ),
                heading("เหตุการณ์สำคัญ"),
                table(
                    [
                        ["ปี พ.ศ.", "เหตุการณ์"],
                        ["2533", "ประกาศใช้พระราชบัญญัติประกันสังคม และจัดตั้งสำนักงานประกันสังคม"],
                        ["2534", "เริ่มให้ความคุ้มครอง 4 กรณี: เจ็บป่วย คลอดบุตร ทุพพลภาพ และตาย"],
                        ["2536", "สำนักงานประกันสังคมสังกัดกระทรวงแรงงานและสวัสดิการสังคมที่จัดตั้งขึ้นใหม่"],
                        ["2541", "เริ่มให้ความคุ้มครองกรณีสงเคราะห์บุตรและกรณีชราภาพ"],
                        ["2547", "เริ่มให้ความคุ้มครองกรณีว่างงาน ครบ 7 กรณี"],
                        ["2554", "ขยายความคุ้มครองสู่แรงงานนอกระบบตามมาตรา 40"],
                    ],
                    "ลำดับเหตุการณ์สำคัญของสำนักงานประกันสังคม",
                ),
                quote("ประกันสังคม สร้างหลักประกันที่มั่นคงให้คนทำงานและครอบครัว"),
            ],
        },
    ),
    PageFill(
        "about/organization/vision-mission",
        {
            "intro": "วิสัยทัศน์ พันธกิจ และค่านิยมขององค์กร",
            "body": [
                heading("วิสัยทัศน์"),
                quote("ระบบประกันสังคมที่มั่นคง ยั่งยืน ครอบคลุมคนทำงานทุกคน ด้วยบริการที่ทันสมัยและเข้าถึงง่าย"),
                heading("พันธกิจ"),
                paragraph(
                    bullets(
                        "ขยายความคุ้มครองให้ครอบคลุมแรงงานทุกกลุ่ม",
                        "พัฒนาสิทธิประโยชน์ให้สอดคล้องกับความจำเป็นของผู้ประกันตน",
                        "บริหารกองทุนให้มั่นคง โปร่งใส และมีผลตอบแทนที่เหมาะสม",
                        "ยกระดับบริการด้วยเทคโนโลยีดิจิทัล",
                        ordered=True,
                    )
                ),
                heading("ค่านิยม"),
                paragraph("บริการด้วยใจ โปร่งใส ตรวจสอบได้ ทำงานเป็นทีม และพัฒนาอย่างต่อเนื่อง"),
            ],
        },
    ),
    PageFill(
        "about/organization/structure",
        {
            "intro": "การแบ่งส่วนราชการของสำนักงานประกันสังคม ส่วนกลางและส่วนภูมิภาค",
            "body": [
                paragraph(
                    "สำนักงานประกันสังคมเป็นส่วนราชการระดับกรมในสังกัดกระทรวงแรงงาน มีเลขาธิการสำนักงานประกันสังคม"
                    "เป็นผู้บังคับบัญชา และรองเลขาธิการเป็นผู้ช่วยกำกับดูแลตามกลุ่มภารกิจ"
                ),
                heading("ส่วนกลาง", "h3"),
                paragraph(
                    bullets(
                        "กองและสำนักด้านนโยบาย สิทธิประโยชน์ การแพทย์ และการเงิน",
                        "สำนักงานกองทุนเงินทดแทน",
                        "กองบริหารการลงทุน",
                        "สำนักบริหารเทคโนโลยีสารสนเทศ",
                    )
                ),
                heading("ส่วนภูมิภาค", "h3"),
                paragraph(
                    "สำนักงานประกันสังคมจังหวัด สาขา และสำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1 - 12 "
                    "ดูรายชื่อได้ที่ [[units/internal|หน่วยงานภายใน]] และ [[units/regional|หน่วยงานส่วนภูมิภาค]]"
                ),
            ],
        },
    ),
    PageFill(
        "about/organization/authority",
        {
            "intro": "อำนาจหน้าที่ของสำนักงานประกันสังคมตามกฎหมาย",
            "body": [
                paragraph(
                    bullets(
                        "ดำเนินการตามกฎหมายว่าด้วยประกันสังคม กฎหมายว่าด้วยเงินทดแทน และกฎหมายอื่นที่เกี่ยวข้อง",
                        "จัดเก็บเงินสมทบ จ่ายประโยชน์ทดแทน และบริหารกองทุนประกันสังคมและกองทุนเงินทดแทน",
                        "ศึกษา วิเคราะห์ และวิจัยเพื่อพัฒนาระบบประกันสังคม",
                        "ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้อง",
                    )
                )
            ],
        },
    ),
    PageFill(
        "about/organization/missions",
        {
            "intro": "ภารกิจหลักที่สำนักงานประกันสังคมให้บริการแก่นายจ้างและผู้ประกันตน",
            "body": [
                paragraph(
                    bullets(
                        "ขึ้นทะเบียนนายจ้างและผู้ประกันตน",
                        "จัดเก็บเงินสมทบและติดตามหนี้เงินสมทบ",
                        "พิจารณาและจ่ายประโยชน์ทดแทน",
                        "ทำความตกลงกับสถานพยาบาลและกำกับคุณภาพบริการทางการแพทย์",
                        "บริหารเงินลงทุนของกองทุน",
                    )
                )
            ],
        },
    ),
    PageFill(
        "about/organization/strategy-plans",
        {
            "intro": "แผนยุทธศาสตร์และแผนปฏิบัติราชการประจำปีของสำนักงานประกันสังคม",
            "body": [
                paragraph(
                    "แผนปฏิบัติราชการประจำปีสอดคล้องกับยุทธศาสตร์ชาติและแผนแม่บทด้านแรงงาน โดยมุ่งขยายความคุ้มครอง "
                    "พัฒนาบริการดิจิทัล และเสริมความมั่นคงของกองทุน"
                )
            ],
        },
    ),
    PageFill(
        "about/cio/ict-strategy",
        {
            "intro": "ยุทธศาสตร์ แผนแม่บทเทคโนโลยีสารสนเทศ และแผนปฏิบัติการดิจิทัลของสำนักงานประกันสังคม",
            "body": [
                heading("เป้าหมายแผนแม่บทเทคโนโลยีสารสนเทศ"),
                paragraph(
                    bullets(
                        "บริการออนไลน์ครบวงจรสำหรับนายจ้างและผู้ประกันตน",
                        "ข้อมูลเชื่อมโยงกับหน่วยงานภาครัฐ ลดการขอสำเนาเอกสาร",
                        "ระบบมีความมั่นคงปลอดภัยและคุ้มครองข้อมูลส่วนบุคคล",
                        "บุคลากรมีทักษะดิจิทัล",
                    )
                ),
            ],
        },
    ),
    PageFill(
        "news/payment-channels",
        {
            "intro": "ช่องทางชำระเงินสมทบและช่องทางรับเงินประโยชน์ทดแทนของกองทุนประกันสังคมและกองทุนเงินทดแทน",
            "body": [
                heading("ชำระเงินสมทบ"),
                paragraph(
                    bullets(
                        "เคาน์เตอร์สำนักงานประกันสังคมทุกแห่ง",
                        "ธนาคารและแอปพลิเคชันของธนาคารที่ร่วมโครงการ",
                        "ร้านสะดวกซื้อและเคาน์เตอร์บริการที่ร่วมโครงการ",
                        "ระบบ e-Payment สำหรับนายจ้าง",
                    )
                ),
                heading("รับเงินประโยชน์ทดแทน"),
                paragraph(bullets("โอนเข้าบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชน", "โอนเข้าบัญชีเงินฝากของธนาคารที่ร่วมโครงการ")),
            ],
        },
    ),
    PageFill(
        "knowledge/citizens-manual",
        {
            "intro": "คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ",
            "body": [
                paragraph(
                    "คู่มือประชาชนระบุขั้นตอน ระยะเวลา และเอกสารที่ใช้ในการติดต่อราชการกับสำนักงานประกันสังคม "
                    "เช่น การขึ้นทะเบียนนายจ้าง การขึ้นทะเบียนผู้ประกันตน และการยื่นขอรับประโยชน์ทดแทน"
                )
            ],
        },
    ),
    PageFill(
        "about/contact",
        {
            "intro": "สายด่วน 1506 ตลอด 24 ชั่วโมง ที่อยู่สำนักงาน และช่องทางติดต่อออนไลน์",
            "address": f"สำนักงานประกันสังคม {HQ_ADDRESS}",
            "phone": HQ_PHONE,
            "office_hours": OFFICE_HOURS,
            "map_url": "https://maps.google.com/?q=Social+Security+Office+Nonthaburi",
            "channels": [
                channel("สายด่วน", "1506 (ตลอด 24 ชั่วโมง)", "tel:1506"),
                channel("เว็บไซต์", "www.sso.go.th", "https://www.sso.go.th"),
                channel("LINE", "@ssothai", "https://line.me/R/ti/p/@ssothai"),
                channel("Facebook", "สำนักงานประกันสังคม", "https://www.facebook.com/ssofanpage"),
            ],
            "body": [
                paragraph("ร้องเรียนหรือเสนอแนะการให้บริการได้ทุกช่องทาง สำนักงานจะตอบกลับภายใน 15 วันทำการ"),
                paragraph(
                    "นายจ้างและผู้ประกันตนติดต่อสำนักงานประกันสังคมจังหวัดหรือสาขาใกล้บ้านได้ที่ [[units/regional|หน่วยงานส่วนภูมิภาค]]"
                ),
            ],
        },
    ),
    PageFill(
        "knowledge/ssf-statistics/overview",
        {
            "intro": "จำนวนสถานประกอบการและผู้ประกันตนทุกมาตราในระบบประกันสังคม",
            "body": [
                paragraph("ตารางสรุปจำนวนผู้ประกันตนจำแนกตามมาตรา ข้อมูลตัวอย่างเพื่อการสาธิต"),
                table(
                    [
                        ["ประเภท", "จำนวน (คน)"],
                        ["ผู้ประกันตนมาตรา 33", "11,900,000"],
                        ["ผู้ประกันตนมาตรา 39", "1,890,000"],
                        ["ผู้ประกันตนมาตรา 40", "11,000,000"],
                    ],
                    "จำนวนผู้ประกันตน (ข้อมูลตัวอย่าง)",
                ),
            ],
            "attachments": [attachment(Doc("stats-2567"), "สถิติงานประกันสังคม ปี 2567 (สรุป)")],
        },
    ),
    PageFill(
        "knowledge/ssf-statistics/part-9",
        {
            "intro": "สถิติงานประกันสังคมรายปี ดาวน์โหลดเป็นไฟล์ PDF",
            "body": [paragraph("สถิติงานประกันสังคมรวบรวมข้อมูลผู้ประกันตน การจ่ายประโยชน์ทดแทน และงบกองทุนรายปี")],
            "attachments": [attachment(Doc("stats-2567"), "สถิติงานประกันสังคม ปี 2567 (สรุป)")],
        },
    ),
    PageFill(
        "knowledge/wcf-statistics/part-1",
        {
            "intro": "ภาพรวมการประสบอันตรายหรือเจ็บป่วยเนื่องจากการทำงานทั่วประเทศ",
            "body": [
                table(
                    [
                        ["ความร้ายแรง", "จำนวน (ราย)"],
                        ["หยุดงานไม่เกิน 3 วัน", "60,000"],
                        ["หยุดงานเกิน 3 วัน", "20,500"],
                        ["สูญเสียอวัยวะบางส่วน", "1,000"],
                        ["เสียชีวิต", "500"],
                    ],
                    "การประสบอันตรายจากการทำงาน (ข้อมูลตัวอย่าง)",
                )
            ],
        },
    ),
    PageFill("units/other-websites", {"links": OTHER_WEBSITES}),
    PageFill(
        "knowledge/compensation-fund-hospitals",
        {
            "intro": "สถานพยาบาลที่ทำความตกลงกับกองทุนเงินทดแทน ลูกจ้างรับการรักษาได้โดยไม่ต้องสำรองจ่าย",
            "body": [
                paragraph(
                    "ลูกจ้างที่ประสบอันตรายจากการทำงานเข้ารักษาที่สถานพยาบาลในความตกลงได้ทันที "
                    "โดยแสดงบัตรประจำตัวประชาชนและแจ้งว่าประสบอันตรายจากการทำงาน"
                ),
                document_block(Doc("annual-wcf-2567"), "รายงานประจำปี 2567 กองทุนเงินทดแทน"),
            ],
        },
    ),
    *BENEFITS,
]


# Statistics parts 1–9 (fund statistics) and 1–8 (compensation fund) share one introduction per fund.
STATISTICS_PART_INTROS = {
    **{
        f"knowledge/ssf-statistics/part-{n}": "ข้อมูลสถิติรายเดือนและรายปีของกองทุนประกันสังคม ดาวน์โหลดตารางได้ในหน้านี้"
        for n in range(1, 10)
    },
    **{f"knowledge/wcf-statistics/part-{n}": "ข้อมูลสถิติของกองทุนเงินทดแทน ดาวน์โหลดตารางได้ในหน้านี้" for n in range(1, 9)},
}


def page_fills() -> list[PageFill]:
    """Fields of existing pages to fill while empty; a category without its own entry gets its intro only."""
    fills = {fill.key: PageFill(fill.key, dict(fill.fields)) for fill in PAGE_FILLS}
    for key, intro in {**STATISTICS_PART_INTROS, **INTROS}.items():
        fills.setdefault(key, PageFill(key, {})).fields.setdefault("intro", intro)
    return list(fills.values())
