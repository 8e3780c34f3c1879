"""A fifth held-out set of everyday phrases for bench/eval_languages.py.

Written blind (session 13): without reading the vocabulary, the evaluation or earlier sets.
"""

Phrases = dict[str, list[tuple[str, set[str]]]]

HELD_OUT_FIFTH: Phrases = {
    "en": [
        (
            "I used to look after my grandma when she got sick, feeding her, helping her walk. "
            "I'd like to do that as a job.",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "honestly i just wanna cook. i was doing noodles at my auntie's stall for two years",
            {"cooking", "food_service"},
        ),
        (
            "i can sew on a machine pretty fast, did it for like 3 years. "
            "would love to make my own designs someday",
            {
                "sewing",
                "sewing_machine_operation",
                "tailoring",
                "pattern_cutting",
                "garment_manufacturing",
            },
        ),
        (
            "I want to learn how to fix phones, "
            "people always bring me their cracked screens anyway",
            {"phone_repair"},
        ),
        (
            "Back home we had ducks and a couple of pigs and I was the one feeding them "
            "every morning.",
            {"livestock", "agriculture"},
        ),
        (
            "I'm good with numbers. I'd like an office job, typing, keeping records, "
            "that kind of thing.",
            {"office_admin", "data_entry", "basic_computer", "accounting_basics"},
        ),
        (
            "I do my friends' nails and hair for fun and they say I'm good at it. "
            "Would love to work in a salon.",
            {"nail_care", "hairdressing", "beauty_wellness"},
        ),
        (
            "selling online, like on facebook live, i want to learn to do it properly "
            "and have my own little shop one day",
            {"online_selling", "own_business", "selling"},
        ),
        (
            "I don't mind hard work outside, I helped build my uncle's house, mixing cement, "
            "laying bricks. Just don't put me in a kitchen.",
            {"construction", "bricklaying"},
        ),
        (
            "Driving is my thing, I've got my bike licence already so delivery would be good. "
            "Anything but sitting at a computer all day.",
            {"delivery", "transport_delivery", "driving"},
        ),
    ],
    "th": [
        (
            "เคยเป็นแม่บ้านโรงแรมค่ะ ทำห้อง ปูเตียง เปลี่ยนผ้าปู ชอบนะ อยากกลับไปทำอีก",
            {"housekeeping", "hospitality"},
        ),
        (
            "อยากเรียนทำขนม ทำเค้ก แล้วเอาไปขายเองค่ะ",
            {"baking", "own_business"},
        ),
        (
            "หนูชอบเลี้ยงเด็กค่ะ ที่บ้านมีน้องหลายคน หนูเลี้ยงมาตลอด แต่งานบ้านพวกถูบ้านซักผ้าไม่ค่อยชอบเท่าไหร่",
            {"childcare"},
        ),
        (
            "ผมชอบซ่อมรถมอไซค์ครับ เคยช่วยพี่ที่ร้าน เปลี่ยนยาง เปลี่ยนน้ำมันเครื่อง",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            "เคยทำร้านสะดวกซื้อ คิดเงิน เติมของขึ้นชั้น ทำได้สบายมาก",
            {"cashier", "retail_sales"},
        ),
        (
            "ชอบนวดค่ะ นวดให้แม่ทุกคืน อยากไปเรียนนวดแผนไทยให้มีใบประกาศ",
            {"massage", "beauty_wellness"},
        ),
        (
            "ทำนาอยู่กับพ่อแม่ตั้งแต่เด็ก แต่ไม่อยากตากแดดแล้วค่ะ อยากทำร้านกาแฟมากกว่า ชงกาแฟเป็นนิดหน่อย",
            {"coffee", "barista", "food_service"},
        ),
        (
            "อยากเรียนคอมค่ะ พิมพ์งาน ใช้ Excel ให้คล่อง จะได้ไปทำงานออฟฟิศ",
            {"basic_computer", "office_admin", "data_entry"},
        ),
        (
            "ชอบร้อยลูกปัด ทำกำไล ทำต่างหูขายให้เพื่อนๆ",
            {"jewellery_making", "handicrafts"},
        ),
        (
            "ผมขับรถเป็นแต่ยังไม่มีใบขับขี่ อยากสอบใบขับขี่แล้วไปขับรถส่งของครับ",
            {"driving_licence", "driving", "delivery", "transport_delivery"},
        ),
    ],
    "vi": [
        (
            "Em từng làm ở xưởng may mấy năm, chủ yếu đứng máy may công nghiệp.",
            {"sewing_machine_operation", "sewing", "garment_manufacturing"},
        ),
        (
            "Em muốn học nấu ăn cho đàng hoàng, sau này mở một quán cơm nhỏ.",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "Ở quê nhà em nuôi cá với nuôi tôm, em biết cho ăn, thay nước ao.",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "Em thích làm tóc, làm móng, trang điểm cho bạn bè, mong được vào tiệm học nghề.",
            {"hairdressing", "nail_care", "makeup", "beauty_wellness"},
        ),
        (
            "Hồi trước em bán quần áo ngoài chợ, em thích nói chuyện với khách lắm.",
            {"retail_sales", "selling", "customer_service"},
        ),
        (
            "Em muốn làm lễ tân khách sạn mà tiếng Anh còn yếu, muốn học thêm.",
            {"front_desk", "hospitality", "english_conversation"},
        ),
        (
            "Làm ngoài trời em chịu được, phụ hồ, trộn vữa em làm hết rồi, "
            "chứ ngồi văn phòng cả ngày chắc em chịu không nổi.",
            {"construction"},
        ),
        (
            "Em biết sửa xe máy chút chút, muốn học thêm để ra làm thợ.",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            "Em thích chăm người già, trước đây em chăm bà nội mấy năm liền.",
            {"elder_care", "domestic_care_work", "health_care_support"},
        ),
        (
            "Em thích vẽ, vẽ trên máy tính càng tốt, chứ đi bán hàng thì em ngại lắm.",
            {"drawing_painting", "graphic_design", "creative_media"},
        ),
    ],
    "tl": [
        (
            "Dati nagtrabaho ako sa karinderya, tagaluto at tagahugas ng pinggan. "
            "Gusto ko ulit magluto.",
            {"cooking", "food_service"},
        ),
        (
            "Gusto kong matutong mag-drive ng kotse at kumuha ng lisensya "
            "para makapag-delivery ako.",
            {"driving", "driving_licence", "delivery", "transport_delivery"},
        ),
        (
            "Mahilig akong mag-alaga ng bata, ako nag-alaga sa mga pamangkin ko "
            "simula nung baby pa sila.",
            {"childcare", "domestic_care_work"},
        ),
        (
            "Marunong akong mag-welding, natuto ako sa talyer ng tito ko. "
            "Ayoko lang ng trabahong nakaupo buong araw.",
            {"welding"},
        ),
        (
            "Gusto ko sana mag-call center, okay naman English ko at sanay akong "
            "makipag-usap sa tao.",
            {"call_centre", "customer_service", "english_conversation"},
        ),
        (
            "Mas gusto kong magtanim ng gulay sa bukid kaysa bumalik sa pabrika, ang ingay dun.",
            {"vegetable_growing", "agriculture", "gardening"},
        ),
        (
            "Nagtinda ako ng damit sa palengke dati, ako rin yung nagkakaha.",
            {"retail_sales", "selling", "cashier"},
        ),
        (
            "Gusto kong matuto ng masahe at spa para makapagtrabaho sa resort.",
            {"massage", "beauty_wellness"},
        ),
        (
            "Naggagantsilyo ako tsaka gumagawa ng bag na banig, binebenta ko sa mga kapitbahay.",
            {"handicrafts", "weaving"},
        ),
        (
            "Gusto kong maging tour guide, mahilig akong magkwento sa mga turista "
            "tungkol sa lugar namin.",
            {"tour_guiding", "tourism"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំធ្លាប់ធ្វើការរោងចក្រកាត់ដេរ ដេរអាវអស់បីឆ្នាំ ប្រើម៉ាស៊ីនដេរបានល្អ",
            {"sewing", "sewing_machine_operation", "garment_manufacturing"},
        ),
        (
            "ខ្ញុំចង់រៀនជួសជុលម៉ូតូ ព្រោះនៅភូមិខ្ញុំគ្មានជាងម៉ូតូសោះ",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            "នៅស្រុកខ្ញុំធ្វើស្រែ ដាំបន្លែ ហើយចិញ្ចឹមមាន់ជាមួយម៉ែ",
            {"agriculture", "vegetable_growing", "livestock"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការនៅហាងកាហ្វេ ចង់ចេះឆុងកាហ្វេ ធ្វើភេសជ្ជៈ",
            {"barista", "coffee", "food_service"},
        ),
        (
            "ចង់រៀនកុំព្យូទ័រ វាយអក្សរ ប្រើ Excel ឲ្យចេះ ដើម្បីធ្វើការនៅការិយាល័យ",
            {"basic_computer", "office_admin", "data_entry"},
        ),
        (
            "ខ្ញុំចូលចិត្តធ្វើសក់ លាបក្រចកឲ្យបងប្អូន ថ្ងៃក្រោយចង់បើកហាងខ្លួនឯង",
            {"hairdressing", "nail_care", "beauty_wellness", "own_business"},
        ),
        (
            "ខ្ញុំចូលចិត្តលក់ដូរ និយាយលេងជាមួយភ្ញៀវ តែមិនចង់ចូលរោងចក្រទៀតទេ",
            {"retail_sales", "selling", "customer_service"},
        ),
        (
            "ធ្លាប់ជួយពូធ្វើការសំណង់ លាយស៊ីម៉ងត៍ រៀបឥដ្ឋ ធ្វើបានទាំងអស់",
            {"construction", "bricklaying"},
        ),
        (
            "ចង់ធ្វើការនៅសណ្ឋាគារនៅសៀមរាប ទទួលភ្ញៀវបរទេស ហើយចង់រៀនភាសាអង់គ្លេសបន្ថែមទៀត",
            {"hospitality", "front_desk", "tourism", "english_conversation"},
        ),
        (
            "ខ្ញុំចូលចិត្តត្បាញក្រមា ម៉ែបង្រៀនតាំងពីតូច តែខាងលក់ដូរខ្ញុំមិនពូកែទេ",
            {"weaving", "handicrafts"},
        ),
    ],
    "my": [
        (
            "ကျွန်မ အရင်က အိမ်အကူ လုပ်ခဲ့ဖူးတယ်။ အိမ်သန့်ရှင်းရေး၊ အဝတ်လျှော်၊ မီးပူတိုက် အကုန်လုပ်တတ်တယ်။",
            {"housework", "laundry_ironing", "domestic_care_work"},
        ),
        (
            "ထမင်းဟင်းချက်ရတာ ဝါသနာပါတယ်၊ စားသောက်ဆိုင်မှာ စားဖိုမှူး လုပ်ချင်တယ်။",
            {"cooking", "food_service"},
        ),
        (
            "ရွာမှာတုန်းက စပါးစိုက်တယ်၊ နွားတွေ ကြက်တွေလည်း မွေးခဲ့တယ်။",
            {"agriculture", "livestock"},
        ),
        (
            "အင်္ဂလိပ်စကား ကောင်းကောင်း ပြောတတ်ချင်တယ်၊ နိုင်ငံခြားဧည့်သည်တွေနဲ့ စကားပြောနိုင်အောင်လို့။",
            {"english_conversation"},
        ),
        (
            "ကားမောင်းတာ သင်ချင်တယ်၊ လိုင်စင်ရရင် ကုမ္ပဏီမှာ ဒရိုင်ဘာ လုပ်မယ်။",
            {"driving", "driving_licence", "transport_delivery"},
        ),
        (
            "ဖုန်းပြင်တာ သင်ယူချင်တယ်၊ မှန်လဲတာ ဘက်ထရီလဲတာမျိုးပေါ့။",
            {"phone_repair"},
        ),
        (
            "အပ်ချုပ်ရတာ ကြိုက်တယ်၊ ဒါပေမယ့် စက်ရုံကြီးထဲမှာ တစ်နေကုန် မထိုင်ချင်တော့ဘူး၊ ကိုယ်ပိုင် အပ်ချုပ်ဆိုင်လေး ဖွင့်ချင်တယ်။",
            {"tailoring", "sewing", "own_business"},
        ),
        (
            "အလှပြင်ဆိုင်မှာ မိတ်ကပ်လိမ်းပေးတာ ဆံပင်ညှပ်တာ လုပ်ချင်တယ်။",
            {"makeup", "hairdressing", "beauty_wellness"},
        ),
        (
            "ကုန်စုံဆိုင်မှာ ငွေရှင်း လုပ်ဖူးတယ်၊ ဂဏန်းတွက်တာ မြန်တယ်။",
            {"cashier", "retail_sales"},
        ),
        (
            "လက်မှုပစ္စည်း လုပ်ရတာ ကြိုက်တယ်၊ ဝါးနဲ့ ခြင်းတောင်းယက်တာမျိုး၊ ဒါပေမယ့် ဈေးထဲမှာ ရောင်းရတာတော့ မကြိုက်ဘူး။",
            {"handicrafts", "weaving"},
        ),
    ],
    "zh": [
        (
            "我以前在奶茶店打工，奶茶、咖啡都会做。",
            {"barista", "coffee", "food_service"},
        ),
        (
            "我想学电脑，打字、做表格这些，以后想坐办公室。",
            {"basic_computer", "office_admin", "data_entry"},
        ),
        (
            "我在老家种过菜，也养过猪，干农活我不怕累。",
            {"agriculture", "vegetable_growing", "livestock"},
        ),
        (
            "我喜欢跟客人聊天，卖东西挺有意思的，就是不想再进工厂了。",
            {"retail_sales", "selling", "customer_service"},
        ),
        (
            "想学开车，考个驾照，以后可以送货或者跑网约车。",
            {"driving_licence", "driving", "delivery", "transport_delivery"},
        ),
        (
            "我以前喺茶餐廳做過樓面，落單、執枱都識。",
            {"table_service", "food_service"},
        ),
        (
            "我好鍾意整頭髮同埋整指甲，想去學下美容。",
            {"hairdressing", "nail_care", "beauty_wellness"},
        ),
        (
            "我想學整車呀，我細個已經好鍾意拆嘢再砌返埋。",
            {"car_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            "老人家我識得點照顧，以前幫手睇住婆婆幾年，但係煮飯我真係唔掂。",
            {"elder_care", "domestic_care_work", "health_care_support"},
        ),
        (
            "我識少少電工，駁電線、換燈膽嗰啲，想考個牌正式做。",
            {"electrical_work", "construction"},
        ),
    ],
}
