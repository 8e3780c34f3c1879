"""Everyday language: precision@5 per language on held-out phrases (``make eval`` companion).

Each phrase below was written for this evaluation, the way people say things (not copied
from the vocabulary's terms or its tests), with the concepts it is about. Thirty-seven sets:
``HELD_OUT`` (eight phrases a language, written blind in session 40: what an officer typed
during an intake conversation, the survivor's words with the officer's own questions and
suggestions in between, mostly turned down or ignored for a wish of her own and a few
agreed to; committed before its first run: those first figures, in BENCHMARKS.md, are the
ones that count). The thirty-six earlier sets were held out too, until the next was written
(``SEEN``): ``SEEN_THIRTY_SIXTH`` until the thirty-seventh set was written (first run in
session 39: en 0.88, th 0.88, vi 1.00, tl 0.88, km 1.00, my 0.88, zh 0.90; its misses
mended then), ``SEEN_THIRTY_FIFTH`` until the thirty-sixth set was written (first run
in session 38: en 0.38, th 0.75, vi 0.80, tl 0.50, km 1.00, my 0.30, zh 0.80; its misses
mended then), ``SEEN_THIRTY_FOURTH`` until the thirty-fifth set was written (first run
in session 38: en 1.00, th 0.88, vi 1.00, tl 0.89, km 0.96, my 1.00, zh 1.00; its misses
mended then), ``SEEN_THIRTY_THIRD``
until the thirty-fourth set was written (first run in session 37: en 1.00, th 0.80, vi 0.70,
tl 1.00, km 0.80, my 0.93, zh 1.00; its misses mended then), ``SEEN_THIRTY_SECOND``
until the thirty-third set was written (first run in session 34: en 0.94, th 1.00, vi 0.88,
tl 1.00, km 1.00, my 1.00, zh 0.88; its misses mended then), ``SEEN_THIRTY_FIRST``
until the thirty-second set was written (first run in session 34: en 0.75, th 0.88, vi 1.00,
tl 1.00, km 1.00, my 0.75, zh 1.00; its misses mended then), ``SEEN_THIRTIETH``
until the thirty-first set was written (first run in session 33: en 0.88, th 0.70, vi 1.00,
tl 1.00, km 1.00, my 1.00, zh 0.95; its misses mended then), ``SEEN_TWENTY_NINTH``
until the thirtieth set was written (first run in session 32: en 0.70, th 1.00, vi 1.00,
tl 0.86, km 0.75, my 1.00, zh 0.95; its misses mended then), ``SEEN_TWENTY_EIGHTH``
until the twenty-ninth set was written (first run in session 31: en 1.00, th 0.95, vi 1.00,
tl 0.88, km 0.86, my 0.88, zh 1.00; its misses mended then), ``SEEN_TWENTY_SEVENTH``
until the twenty-eighth set was written (first run in session 31: en 0.71, th 0.63, vi 0.80,
tl 0.75, km 0.88, my 0.75, zh 0.75; its misses mended then), ``SEEN_TWENTY_SIXTH``
until the twenty-seventh set was written (first run in session 31: en 0.78, th 0.90, vi 0.89,
tl 0.90, km 0.90, my 0.80, zh 0.80; its misses mended then), ``SEEN_TWENTY_FIFTH``
until the twenty-sixth set was written (first run in session 31: en 0.82, th 0.75, vi 0.88,
tl 1.00, km 0.88, my 0.83, zh 1.00; its misses mended then), ``SEEN_TWENTY_FOURTH``
until the twenty-fifth set was written (first run in session 30: en 0.88, th 0.95, vi 1.00,
tl 0.88, km 0.90, my 0.86, zh 1.00; its misses mended then), ``SEEN_TWENTY_THIRD``
until the twenty-fourth set was written (first run in session 30: en 0.70, th 1.00, vi 0.20,
tl 0.63, km 0.62, my 1.00, zh 0.66; its misses mended then), ``SEEN_TWENTY_SECOND``
until the twenty-third set was written (first run in session 30: en 0.75, th 0.88, vi 0.82,
tl 1.00, km 1.00, my 1.00, zh 1.00; its misses mended then), ``SEEN_TWENTY_FIRST``
until the twenty-second set was written (first run in session 30: en 0.82, th 1.00, vi 1.00,
tl 0.90, km 1.00, my 1.00, zh 1.00; its misses mended then), ``SEEN_TWENTIETH``
until the twenty-first set was written (first run in session 29: en 0.75, th 0.82, vi 0.62,
tl 0.78, km 0.62, my 0.82, zh 0.82; its misses mended then), ``SEEN_NINETEENTH``
until the twentieth set was written (first run in session 29: en 0.62, th 0.75, vi 1.00,
tl 0.88, km 1.00, my 0.75, zh 0.78; its misses mended then), ``SEEN_EIGHTEENTH``
until the nineteenth set was written (first run in session 28: en 0.97, th 0.95, vi 0.88,
tl 0.75, km 1.00, my 1.00, zh 0.75; its misses mended then), ``SEEN_SEVENTEENTH``
until the eighteenth set was written (first run in session 28: en 1.00, th 0.95, vi 0.93,
tl 0.75, km 0.77, my 0.88, zh 0.80; its misses mended then), ``SEEN_SIXTEENTH``
until the seventeenth set was written (first run in session 28: en 0.88, th 1.00, vi 0.88,
tl 0.89, km 0.89, my 0.86, zh 1.00; its misses mended then), ``SEEN_FIFTEENTH``
until the sixteenth set was written (first run in session 27: en 0.95, th 1.00, vi 1.00,
tl 1.00, km 0.75, my 0.95, zh 1.00; its Khmer words mended then), ``SEEN_FOURTEENTH``
until the fifteenth set was written (first run in session 26: en 0.88, th 0.86, vi 0.95,
tl 1.00, km 0.75, my 0.88, zh 0.90; its misses mended then), ``SEEN_THIRTEENTH``
until the fourteenth set was written (first run in session 25: en 0.68, th 0.70, vi 0.75,
tl 0.88, km 0.82, my 0.75, zh 0.57; its misses mended then), ``SEEN_TWELFTH`` until the
thirteenth set
was written (first run in session 24: en 1.00, th 1.00, vi 1.00, tl 0.95, km 1.00, my 0.82,
zh 1.00; its misses mended then), ``SEEN_ELEVENTH`` until the twelfth set
was written (first run in session 23: en 1.00, th 0.94, vi 1.00, tl 0.97, km 0.94, my 0.80,
zh 1.00; its misses mended then), ``SEEN_TENTH`` until the eleventh set
was written (first run in session 23: farmed fish by their kind, a Khmer forklift, Cantonese
油 for painting; mended then), ``SEEN_NINTH`` until the tenth set was
written (first run in session 22: an electronics factory read as electrical work, no English
shrimp factory; mended then), ``SEEN_EIGHTH`` until the
ninth set was written (first run in session 18; its Filipino miss mended then),
``SEEN_SEVENTH`` until the eighth set was written (seen in session 17: workplaces named
beside a trade read as wishes, and in session 18: the concept fit favouring an opportunity
about fewer things), ``SEEN_SIXTH`` until
the seventh set was written (seen in session 16: Burmese plurals and object markers between
a noun and its verb), ``SEEN_FIFTH`` until the sixth set was written (seen in session 14:
dislikes said topic first, Cantonese 整車),
``SEEN_FOURTH`` until the fifth was written (seen in session 13: dislikes read as wishes,
Vietnamese and Cantonese trade words, a Chinese "help someone + task" read as helping
others), ``SEEN_THIRD`` until the fourth was (seen in sessions 12 and 13: a wish to sell at
a market answered with copies of a small-business course, and Cantonese verbs),
``SEEN_SECOND`` until the third was (a wish to sell at a market answered with copies of one
course; a Filipino verb in an aspect the terms lacked), ``SEEN_FIRST`` until the second was
(a care verb and the person cared for with words in between: "trông mấy đứa nhỏ", "အဘွားကို
ပြုစု", "照顾过生病的老人"). They are still reported, as a check that nothing regressed, but they no
longer measure unseen language. The demo generator's opportunities (English job and course
texts) are all moved to one place and stripped of language requirements, so that only
relevance decides; a survivor who speaks every language says the phrase, and GetMatches' top
five are judged: an opportunity is right when its sector, skills or the concepts its text
mentions lie in the subtree of one of the phrase's concepts. precision@5 = right / returned
(0 when nothing is returned). A phrase about nothing the pool offers (no opportunity whose
topics lie in those subtrees) cannot be right whatever is read in it: it is counted apart
and left out of the precision. With ``--details`` every phrase's row shows the concepts it
mapped to and the titles it got.

    .venv/bin/python bench/eval_languages.py
    .venv/bin/python bench/eval_languages.py --opportunities 3000 --markdown out.md
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from matching.adapters.opportunity_index import MatchReport, OpportunityIndex  # noqa: E402
from matching.adapters.opportunity_index import scoring as index_scoring  # noqa: E402
from matching.adapters.proto_mapping import details_from_proto  # noqa: E402
from matching.adapters.vocabulary_files import load_vocabulary  # noqa: E402
from matching.domain import scoring as domain_scoring  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from matching.domain.scoring import ScoreWeights  # noqa: E402
from matching.domain.survivor import Survivor, SurvivorProfile  # noqa: E402
from matching.domain.values import (  # noqa: E402
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    Place,
    ReadinessStage,
)
from matching.domain.vocabulary import Vocabulary  # noqa: E402
from matching.domain.words_read import reading_of  # noqa: E402
from matching.service_layer.survivor_words import with_refusals_said  # noqa: E402
from pathways_demo.generator import generate_population  # noqa: E402

NOW = datetime(2026, 11, 28, tzinfo=UTC)
K = 5
HERE = Place("TH", "Bang Rak", 13.73, 100.524)

Phrases = dict[str, list[tuple[str, set[str]]]]

#: language -> (phrase, the concepts it wants). The thirty-seventh held-out set, written blind
#: in session 40 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: what an officer typed during
#: an intake conversation: the survivor's words with the officer's own questions and
#: suggestions in between, as Q:/A: lines, speaker labels (Officer/Me/Her, จนท./น้อง,
#: cán bộ/CB/em, ate/kuya/ako, មន្ត្រី/បង/អូន, ဝန်ထမ်း/ဆရာမ/ကျွန်မ, 社工/我, 问/答) or reported
#: speech ("I asked if she likes sewing, she said no"). Mostly the survivor turns down or
#: ignores what the officer suggests and says her own wish, so the suggestion is not a wish
#: and is not among the concepts; in one or two a language she agrees to it ("yes, that
#: one"), and then the suggested work is. Each still makes clear what work or training is
#: wished for. Committed before its first run: its first run's figures are the ones that
#: count.
HELD_OUT: Phrases = {
    "en": [
        (
            "Q: Would you go back to the garment factory?\nA: No. Never again. I want to learn "
            "to make coffee, work in a cafe",
            {"barista", "coffee"},
        ),
        (
            "Asked if she likes sewing, she said no, she prefers looking after animals, grew up "
            "with goats and ducks. Suggested the hotel course too, she shook her head.",
            {"livestock"},
        ),
        (
            "Officer: we have a hotel housekeeping course starting next month\nMe: yes that one "
            "please, I cleaned rooms before and I liked it",
            {"housekeeping"},
        ),
        (
            "Q: what did you do before?\nA: fishing boat, 3 years\nQ: go back to sea?\nA: no!! "
            "I want to drive, get my licence and drive a van or a truck",
            {"driving", "driving_licence"},
        ),
        (
            "Officer: what about the call centre job, your English is good\nMe: I don't like "
            "talking on the phone all day. I want to fix phones, not answer them",
            {"phone_repair"},
        ),
        (
            "I suggested cleaning work since it's quick to start. She'd rather learn computers, "
            "typing and Excel, and work in an office one day.",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "Q: any skills you want to learn?\nA: cooking? no, I cook at home every day already "
            "😅 I want to sell things online, clothes and bags on Facebook",
            {"online_selling"},
        ),
        (
            "Me: what about caring for elderly people, there's a course at the nursing home\n"
            "Her: yes, that one. I looked after my grandma for years",
            {"elder_care"},
        ),
    ],
    "th": [
        (
            "จนท.: สนใจกลับไปทำโรงงานเย็บผ้าไหม\nน้อง: ไม่เอาแล้วค่ะ อยากเรียนตัดผม ทำผม",
            {"hairdressing"},
        ),
        (
            "เจ้าหน้าที่: มีคอร์สทำอาหารนะ สนใจไหม\nน้อง: ไม่ค่อยชอบทำกับข้าวค่ะ "
            "อยากเรียนชงกาแฟมากกว่า อยากเป็นบาริสต้า",
            {"barista", "coffee"},
        ),
        (
            "ถามว่าอยากทำแม่บ้านโรงแรมไหม น้องบอกไม่เอา อยากกลับไปปลูกผักที่บ้านยโสธร แม่มีที่ดินอยู่",
            {"vegetable_growing", "agriculture"},
        ),
        (
            "ถาม: ก่อนหน้านี้ทำงานอะไร\nตอบ: อยู่บนเรือประมงครับ\nถาม: อยากกลับไปทำประมงไหม\n"
            "ตอบ: ไม่ครับ อยากเรียนซ่อมมอเตอร์ไซค์",
            {"motorbike_repair"},
        ),
        (
            "จนท.: ถ้าเป็นงานร้านนวดล่ะ\nน้อง: ได้ค่ะ อันนี้แหละ เคยนวดให้ยายทุกวัน",
            {"massage"},
        ),
        (
            "เจ้าหน้าที่แนะนำงานแคชเชียร์ร้านสะดวกซื้อ น้องเงียบไป แล้วบอกว่าอยากเลี้ยงเด็ก เป็นพี่เลี้ยงเด็กที่เนอสเซอรี่",
            {"childcare"},
        ),
        (
            "จนท.: ขับรถเป็นไหม\nน้อง: ขับไม่เป็นค่ะ แต่อยากขายของออนไลน์ ไลฟ์ขายเสื้อผ้าในติ๊กต็อก",
            {"online_selling"},
        ),
        (
            "ถาม: สนใจเรียนคอมไหม / ตอบ: ไม่ค่ะ ตาไม่ค่อยดี อยากเรียนทำเบเกอรี่ อบขนมปัง อบเค้กไปขาย",
            {"baking"},
        ),
    ],
    "vi": [
        (
            "Cán bộ: Em có muốn quay lại làm may ở xưởng không?\nEm: Dạ không, em muốn học nấu "
            "ăn, dì em có quán cơm",
            {"cooking"},
        ),
        (
            "CB: chị thấy em khéo tay, học may nha?\nEm: dạ thôi chị, em thích làm móng hơn",
            {"nail_care"},
        ),
        (
            "Hỏi: Em thích làm gì?\nĐáp: Em thích nuôi heo, nuôi gà như ở quê\nHỏi: Có muốn "
            "học bán hàng không?\nĐáp: Không ạ",
            {"livestock"},
        ),
        (
            "Tôi hỏi em có muốn làm phụ bếp nhà hàng không, em nói không, em muốn học sửa xe "
            "máy với anh họ",
            {"motorbike_repair"},
        ),
        (
            "CB: Có lớp học lái xe, thi lấy bằng B2 đó\nEm: Dạ, cái đó được ạ. Em muốn chạy xe",
            {"driving", "driving_licence"},
        ),
        (
            "Cán bộ gợi ý làm công nhân đóng gói, em lắc đầu, nói muốn học tiếng Anh để làm "
            "lễ tân khách sạn",
            {"english_conversation", "front_desk"},
        ),
        (
            "Hỏi: em có biết dùng máy tính không? / Đáp: chưa biết gì hết ạ, em muốn học vi "
            "tính cơ bản, đánh máy",
            {"basic_computer", "data_entry"},
        ),
        (
            "CB: làm giúp việc nhà được không em?\nEm: không ạ. Em muốn trồng rau sạch đem ra "
            "chợ bán",
            {"vegetable_growing", "market_trading"},
        ),
    ],
    "tl": [
        (
            "Officer: Gusto mo bang bumalik sa factory?\nAko: Ayoko na po. Gusto ko matuto "
            "mag-bake ng tinapay at cake",
            {"baking"},
        ),
        (
            "Q: Interesado ka ba sa call center? Okay naman English mo\nA: Hindi po, nahihiya "
            "ako sa phone. Gusto ko po mag-caregiver sa matatanda",
            {"elder_care"},
        ),
        (
            "Tinanong ko kung gusto niya mag-tahi, sabi niya hindi, mas gusto daw niya mag-alaga "
            "ng baboy at manok sa probinsya",
            {"livestock"},
        ),
        (
            "Kuya: may TESDA course sa welding, gusto mo?\nAko: opo kuya, yan po. Gusto ko "
            "talaga matuto mag-welding",
            {"welding"},
        ),
        (
            "Officer: Ano ba gusto mo, sa restaurant o sa hotel?\nAko: wala po sa dalawa. "
            "Gusto ko mag-parlor, gupit at kulay ng buhok",
            {"hairdressing"},
        ),
        (
            "Q: marunong ka mag-drive?\nA: hindi po, pero gusto ko matuto mag-ayos ng "
            "cellphone, yung pagpalit ng screen at battery",
            {"phone_repair"},
        ),
        (
            "Sinabi ko sa kanya na may trabaho sa construction, pero ang sagot niya gusto niya "
            "magtinda ng isda at gulay sa palengke, may pwesto ang tita niya",
            {"market_trading"},
        ),
        (
            "Ate: graphic design kaya? / Ako: hindi po ako marunong mag-drawing. Gusto ko po "
            "mag-encode sa computer, data entry sa opisina",
            {"data_entry", "office_admin"},
        ),
    ],
    "km": [
        (
            "មន្ត្រី៖ ចង់ត្រឡប់ទៅធ្វើរោងចក្រកាត់ដេរវិញទេ?\nខ្ញុំ៖ អត់ទេបង ខ្ញុំចង់រៀនធ្វើម្ហូប",
            {"cooking"},
        ),
        (
            "បង៖ ចង់រៀនកាត់ដេរទេ?\nអូន៖ អត់ចូលចិត្តទេ ចង់រៀនធ្វើក្រចក លាបក្រចក",
            {"nail_care"},
        ),
        (
            "សួរ៖ ធ្លាប់ធ្វើការអ្វី?\nឆ្លើយ៖ ធ្វើការលើទូកនេសាទនៅថៃ\nសួរ៖ ឥឡូវចង់ធ្វើអី?\nឆ្លើយ៖ ចង់រៀនជួសជុលម៉ូតូ",
            {"motorbike_repair"},
        ),
        (
            "ខ្ញុំសួរថាគាត់ចូលចិត្តធ្វើការនៅហាងលក់ទំនិញទេ គាត់ថាអត់ទេ គាត់ចង់ចិញ្ចឹមមាន់ ចិញ្ចឹមជ្រូកនៅស្រុក",
            {"livestock"},
        ),
        (
            "មន្ត្រី៖ មានវគ្គរៀនបើកបរ យកប័ណ្ណបើកបរ ចាប់អារម្មណ៍ទេ?\nខ្ញុំ៖ បាទ យកមួយហ្នឹង ខ្ញុំចង់បើកឡានដឹកទំនិញ",
            {"driving", "driving_licence"},
        ),
        (
            "បងណែនាំឲ្យធ្វើការលាងចាននៅភោជនីយដ្ឋាន តែប្អូនថាចង់រៀនកុំព្យូទ័រ វាយអក្សរ ធ្វើការនៅការិយាល័យ",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "សួរ៖ ចង់ធ្វើការសំណង់ទេ?\nឆ្លើយ៖ អត់ទេ ខ្ញុំចង់មើលថែចាស់ៗ ដូចខ្ញុំធ្លាប់មើលយាយខ្ញុំ",
            {"elder_care"},
        ),
        (
            "មន្ត្រី៖ ធ្វើអនាម័យនៅសណ្ឋាគារបានទេ?\nខ្ញុំ៖ មិនចង់ទេ ចង់ដាំបន្លែនៅផ្ទះ ដាំត្រសក់ ស្ពៃ",
            {"vegetable_growing"},
        ),
    ],
    "my": [
        (
            "ဝန်ထမ်း - အထည်ချုပ်စက်ရုံ ပြန်သွားချင်လား\nကျွန်မ - မသွားချင်တော့ပါဘူး။ မုန့်ဖုတ်တာ သင်ချင်ပါတယ်",
            {"baking"},
        ),
        (
            "ဆရာမ - ထမင်းချက်တာ သင်မလား\nကျွန်မ - မသင်ချင်ဘူး ဆရာမ၊ ဆံပင်ညှပ်တာ သင်ချင်တယ်",
            {"hairdressing"},
        ),
        (
            "မေး - အရင်က ဘာအလုပ်လုပ်ခဲ့လဲ\nဖြေ - ငါးဖမ်းလှေပေါ်မှာပါ\n"
            "မေး - အခု ဘာလုပ်ချင်လဲ\nဖြေ - ကားမောင်းသင်ပြီး လိုင်စင်ယူချင်တယ်",
            {"driving", "driving_licence"},
        ),
        (
            "သူမကို အိမ်အကူအလုပ် စိတ်ဝင်စားလားလို့ မေးတော့ မလုပ်ချင်ဘူးတဲ့၊ ဝက်နဲ့ ကြက် မွေးချင်တယ်တဲ့",
            {"livestock"},
        ),
        (
            "ဝန်ထမ်း - ဖုန်းပြင်သင်တန်း ရှိတယ်၊ တက်မလား\nကျွန်တော် - ဟုတ်ကဲ့ အဲဒါ တက်မယ်",
            {"phone_repair"},
        ),
        (
            "ဆရာမက စားသောက်ဆိုင်မှာ စားပွဲထိုးလုပ်ဖို့ အကြံပေးတယ်၊ ဒါပေမဲ့ သူက ကလေးထိန်းအလုပ် လုပ်ချင်တယ်တဲ့",
            {"childcare"},
        ),
        (
            "မေး - ကွန်ပျူတာ သင်ချင်လား\nဖြေ - မသင်ချင်ဘူး၊ အွန်လိုင်းမှာ အဝတ်အစား ရောင်းချင်တယ်",
            {"online_selling"},
        ),
        (
            "ဝန်ထမ်း - ဆောက်လုပ်ရေးမှာ အလုပ်ရှိတယ်\nကျွန်တော် - မလုပ်ချင်ဘူးဗျ၊ လျှပ်စစ်မီးကြိုးသွယ်တာ သင်ချင်တယ်",
            {"electrical_wiring", "electrical_work"},
        ),
    ],
    "zh": [
        ("社工：想不想回制衣厂做？\n我：不想了，我想学煮菜，我姑姑有个小吃摊", {"cooking"}),
        (
            "问：以前做什么的？\n答：在工地搬砖\n问：想不想去送外卖？\n答：不想，我想学电焊",
            {"welding"},
        ),
        ("我問佢鍾唔鍾意車衫，佢話唔鍾意，佢想學剪頭髮", {"hairdressing"}),
        (
            "社工：有個酒店房務員嘅培訓，你有冇興趣？\n我：好呀，就呢個啦，我以前都係執房",
            {"housekeeping"},
        ),
        (
            "社工建议她去餐厅做服务员，她没说话，后来说想去养老院照顾老人家",
            {"elder_care"},
        ),
        (
            "问：会用电脑吗？/ 答：会一点点。我想学平面设计，做海报、剪视频",
            {"graphic_design"},
        ),
        (
            "社工：你中文不錯，做翻譯好唔好？\n我：唔好喇，我想喺網上賣嘢，開個網店",
            {"online_selling"},
        ),
        (
            "问：家里有田，想回去种地吗？\n答：不想种田了，我想学开车，考驾照，开货车",
            {"driving", "driving_licence"},
        ),
    ],
}


#: The thirty-sixth set, held out until the thirty-seventh was written: written blind
#: in session 39 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: regional and colloquial
#: speech, people writing as they talk at home: Isan and Northern Thai words in Thai
#: (ข้อย, บ่, เฮ็ด, เฮียน, มัก, เบิ่งแยง; เฮา, ใค่, ยะ, ตี้, กาด, เจ้า), Bisaya and Ilocano words in
#: Tagalog (ganahan, dili, naa koy, kabalo, kayat ko, manang, bai), Southern and Central
#: Vietnamese (tui, hổng, dzậy, mần, ưng, má, mạ, chừ), Cantonese and Hokkien- or
#: Malay-flavoured Chinese of Hong Kong and Malaysia, traditional or simplified (整車,
#: 車房, 做數, 车衫, 阿嬷, 摩多, kueh), colloquial spoken Khmer and Burmese with their
#: particles and informal pronouns (អញ, ណា, ចឹង, អោយ; ငါ, ဗျ, ဟ, ကွ, နော်), Singlish and
#: Manglish (lah, kena, can or not, makcik, pandai, jaga) and a rural speaker's English.
#: Some say a dislike beside the wish, some the work done before. Each still makes clear
#: what work or training is wished for. Committed before its first run: its first run's
#: figures are the ones that count.
SEEN_THIRTY_SIXTH: Phrases = {
    "en": [
        (
            "Aiyo don't want go back factory already lah, I wanna learn cut hair, can or not?",
            {"hairdressing"},
        ),
        (
            "Last time I kena wash cup at the kopitiam only, now I wanna learn make kopi and "
            "all the fancy coffee one",
            {"barista", "coffee"},
        ),
        (
            "I was raised on the farm, feedin' hogs and milkin' the cow since I was knee high, "
            "I'd sure like a job tendin' animals again",
            {"livestock"},
        ),
        (
            "Can drive lorry one, got licence also, I want find driver job, no more on the boat ok",
            {"driving"},
        ),
        (
            "I steady with numbers one, wanna learn do the accounts, keep the books for small "
            "company like that",
            {"accounting_basics"},
        ),
        (
            "My makcik say I very pandai sew, so I want learn proper tailor, make baju kurung "
            "for customer",
            {"tailoring", "sewing"},
        ),
        (
            "Reckon I'd be right handy fixin' motorbikes, been tinkerin' with my cousin's old "
            "bike since forever",
            {"motorbike_repair"},
        ),
        (
            "Jaga old folks also can, I take care my ah ma until she pass away, I know how already",
            {"elder_care"},
        ),
    ],
    "th": [
        ("ข้อยบ่อยากเข้าโรงงานอีกแล้ว อยากไปเฮียนทำเล็บเด้อ", {"nail_care"}),
        ("เฮาใค่เลี้ยงปลาในบ่อตี้บ้านเจ้า ป้อเกยเลี้ยงปลานิลมาก่อน", {"fish_farming"}),
        (
            "ข้อยมีใบขับขี่อยู่แล้ว อยากขับรถส่งของ บ่ขอลงเรือหาปลาอีกแล้ว",
            {"delivery", "driving"},
        ),
        ("ใค่เฮียนตัดเสื้อผ้าเจ้า แม่อุ๊ยเกยสอนหื้อเย็บซิ่นมาก่อน", {"sewing", "tailoring"}),
        ("มักเฮ็ดขนมหลายคัก อยากไปเฮียนอบเค้กอบขนมปังขาย", {"baking"}),
        (
            "แต่ก่อนเฮ็ดแม่บ้านอยู่กรุงเทพฯ บ่มักแล้ว อยากเฮียนใช้คอมพิวเตอร์ พิมพ์งานเป็น",
            {"basic_computer", "data_entry"},
        ),
        ("ใค่กลับไปยะสวนผักตี้บ้าน ปลูกผักกาดผักชีไปขายกาดเจ้า", {"vegetable_growing"}),
        ("อยากเฮ็ดงานเบิ่งแยงเด็กน้อย ข้อยเลี้ยงหลานมาตั้งแต่มันยังน้อยๆ", {"childcare"}),
    ],
    "vi": [
        ("Tui hổng muốn làm hãng nữa đâu, tui muốn đi học làm tóc á", {"hairdressing"}),
        (
            "Tui muốn kiếm việc nấu ăn trong bếp, mạ tui dạy nấu từ nhỏ, chừ nấu chi cũng được",
            {"cooking"},
        ),
        (
            "Dzậy chớ tui thích sửa xe hơi lắm, muốn học nghề sửa ô tô cho đàng hoàng",
            {"car_repair"},
        ),
        ("Hồi trước tui đi phụ hồ, cực quá trời, giờ muốn học hàn sắt nè", {"welding"}),
        (
            "Má tui nói tui mần gì cũng hổng xong, mà tui muốn bán hàng trên mạng nha, "
            "livestream bán đồ",
            {"online_selling"},
        ),
        (
            "Tui biết sửa điện thoại sơ sơ, muốn học thêm để đi làm tiệm sửa đt",
            {"phone_repair"},
        ),
        ("Tui muốn học trang điểm cô dâu, ưng làm đẹp cho người ta lắm", {"makeup"}),
        (
            "Giờ tui kiếm việc dọn dẹp nhà cửa, giặt đồ ủi đồ cũng được, miễn hổng phải vô "
            "quán nhậu",
            {"housework", "laundry_ironing"},
        ),
    ],
    "tl": [
        (
            "Gusto ko talaga mag-karpintero, kasi si tatay karpintero man, kabalo na ko "
            "mogamit ng lagari",
            {"carpentry"},
        ),
        (
            "Kayat ko ti agluto, gusto ko maging cook sa karinderya, hindi na sa pabrika",
            {"cooking"},
        ),
        (
            "Dili na ko gusto mag-factory, gusto nako mag-housekeeping sa hotel, limpyo "
            "limpyo sa mga kwarto",
            {"housekeeping"},
        ),
        (
            "Marunong ako mag-drive, naa koy lisensya, gusto ko mag-driver ng jeep o van",
            {"driving"},
        ),
        (
            "Ganahan ko mag-alaga sa mga tigulang, ako man ang nag-alaga sa akong lola "
            "hangtod namatay siya",
            {"elder_care"},
        ),
        (
            "Nagtahi ako dati sa pabrika ng damit, pero gusto ko na mag-sastre sa sarili kong "
            "puwesto, si manang ang nagturo sa akin",
            {"tailoring", "sewing"},
        ),
        (
            "Taga-probinsya ko, sa una nangisda mi ni papa, karon gusto ko mag-alaga ug "
            "bangus sa palaisdaan",
            {"fish_farming"},
        ),
        (
            "Gusto ko matuto sa computer bai, mag-encode encode lang sa opisina, basta di na "
            "sa bukid",
            {"basic_computer", "data_entry"},
        ),
    ],
    "km": [
        ("អញចង់រៀនធ្វើម្ហូបលក់ណា អត់ចង់ទៅធ្វើរោងចក្រទៀតទេ", {"cooking"}),
        (
            "ខ្ញុំចេះជួសម៉ូតូខ្លះៗហើយ ពូខ្ញុំបើកហាងជួសម៉ូតូ ចង់រៀនបន្ថែមណាបង",
            {"motorbike_repair"},
        ),
        (
            "ម៉ាក់ខ្ញុំដេរខោអាវនៅផ្ទះ ខ្ញុំចង់រៀនដេរខោអាវដែរ តែអត់យករោងចក្រកាត់ដេរទេ",
            {"sewing"},
        ),
        ("ចង់រៀនកាត់សក់ ធ្វើសក់ឲ្យគេស្អាតៗ ចឹងណា", {"hairdressing"}),
        ("នៅស្រុកខ្ញុំចិញ្ចឹមជ្រូក ចិញ្ចឹមមាន់ ចង់ធ្វើការចិញ្ចឹមសត្វវិញ", {"livestock"}),
        (
            "ធ្លាប់ធ្វើកម្មករសំណង់ លើកឥដ្ឋ លាយស៊ីម៉ង់ត៍ ឥឡូវចង់រៀនជាងបូកឥដ្ឋ ក្រាលការ៉ូ អោយចេះពិតប្រាកដ",
            {"bricklaying"},
        ),
        ("ចង់លក់ដូរនៅផ្សារ បើកតូបលក់បន្លែតូចមួយ", {"market_trading"}),
        (
            "ខ្ញុំមើលក្មេងៗបានណា ធ្លាប់មើលប្អូនៗតាំងពីតូច ចង់ធ្វើការមើលកូនក្មេងអោយគេ",
            {"childcare"},
        ),
    ],
    "my": [
        ("စက်ရုံမှာ ပြန်မလုပ်ချင်တော့ဘူးဗျ၊ အပ်ချုပ်တာ သင်ချင်တယ်", {"sewing"}),
        ("ငါ ထမင်းဟင်းချက်တာ ဝါသနာပါတယ်ဟ၊ ဆိုင်မှာ စားဖိုမှူး လုပ်ချင်တယ်", {"cooking"}),
        ("ဖုန်းပြင်တာ သင်ချင်တယ်ကွ၊ ဖုန်းဆိုင်လေး ဖွင့်ဖို့", {"phone_repair"}),
        (
            "ကားမောင်းတတ်တယ်၊ လိုင်စင်လည်းရှိတယ်၊ ဒရိုင်ဘာ အလုပ်ရှာနေတာ",
            {"driving"},
        ),
        ("ဆံပင်ညှပ်တာ သင်ချင်တယ်ရှင့်၊ အလှပြင်ဆိုင်မှာ လုပ်ချင်တာ", {"hairdressing"}),
        (
            "ရွာမှာ လယ်ထွန်ခဲ့တာ၊ ဟင်းသီးဟင်းရွက် စိုက်တဲ့အလုပ် ပြန်လုပ်ချင်တယ်",
            {"vegetable_growing"},
        ),
        (
            "အဘိုးအဘွားကြီးတွေကို ကိုယ့်လူကြီးလို ပြုစုပေးတဲ့ အလုပ်လုပ်ချင်တယ်နော်",
            {"elder_care"},
        ),
        (
            "ဂဟေဆော်တာ သင်ချင်တယ်ဗျ၊ ဆောက်လုပ်ရေးမှာ အုတ်သယ်ရတာ မလုပ်ချင်တော့ဘူး",
            {"welding"},
        ),
    ],
    "zh": [
        ("我唔想再返工廠做嘢啦，想學煮嘢食，去茶餐廳做廚房", {"cooking"}),
        ("我好鍾意整車，想去車房學師", {"car_repair"}),
        ("阿嬷以前教我车衫，我想学裁缝，帮人家改衫做衫", {"sewing", "tailoring"}),
        ("想學整指甲，做美甲師，我啲friend都話我手勢好", {"nail_care"}),
        ("我很爱做糕点，想去学做蛋糕面包，以后开间小店卖kueh", {"baking"}),
        ("我識少少做數，想學埋會計，幫細公司記數", {"accounting_basics"}),
        ("我有摩多车，想做送货咯，送外卖也可以，不要再去工地了", {"delivery"}),
        (
            "我以前喺地盤做雜工，而家想學電工，駁電線裝燈嗰啲",
            {"electrical_wiring", "electrical_work"},
        ),
    ],
}


#: The thirty-fifth set, held out until the thirty-sixth was written: written blind
#: in session 38 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: the work described, not
#: named: a picture of a future working day, a role model (an aunt, a grandmother, a mother,
#: an uncle), what the person's hands like doing, or the result they want to see (a wall
#: standing straight, an old house bright again, brides made beautiful), without the trade's
#: usual name. Each still makes clear what work or training is wished for. Committed before
#: its first run: its first run's figures are the ones that count.
SEEN_THIRTY_FIFTH: Phrases = {
    "en": [
        (
            "She sees herself laying blocks row by row and smoothing the cement between them "
            "till the wall stands up straight",
            {"bricklaying"},
        ),
        (
            "Says his hands are happiest opening up a dead fan or rice cooker, finding the "
            "loose wire and making it run again",
            {"electrical_work"},
        ),
        (
            "Wants his mornings in the pens: feeding the pigs and hens, mucking out, checking "
            "the piglets stay warm",
            {"livestock"},
        ),
        (
            "She'd like to be the smiling face guests see first when they walk into the hotel, "
            "checking them in, handing over keys, answering their questions",
            {"front_desk", "hospitality"},
        ),
        (
            "What she wants is to watch women look in the mirror after she has cut and "
            "coloured their hair, and see them smile",
            {"hairdressing"},
        ),
        (
            "Would love her days full of toddlers: reading them stories, feeding them lunch, "
            "settling them down for a nap",
            {"childcare"},
        ),
        (
            "Pictures himself on his bike zipping round town with bags of food, getting them "
            "to people's doors while still hot",
            {"delivery"},
        ),
        (
            "She'd happily sit at a desk all day keying the figures from paper forms into the "
            "computer, quiet and neat, that's her",
            {"data_entry"},
        ),
    ],
    "th": [
        (
            "อยากตื่นเช้ามารดน้ำแปลงผักบุ้ง คะน้า แล้วเก็บไปวางขายที่ตลาดเช้าเอง",
            {"vegetable_growing", "market_trading"},
        ),
        (
            "อยากเป็นเหมือนพี่สาว ที่นวดคลายเส้นให้ลูกค้าจนเขาหลับไปเลย",
            {"massage"},
        ),
        (
            "ชอบวัดตัว ตัดผ้า แล้วเย็บเป็นชุดให้คนในหมู่บ้านใส่ไปงานบุญ",
            {"tailoring", "sewing"},
        ),
        (
            "อยากขับรถรับส่งคนไปสนามบินทุกวัน แต่ยังไม่มีใบขับขี่ อยากไปสอบให้ผ่านก่อน",
            {"driving", "driving_licence"},
        ),
        (
            "อยากยืนหลังเคาน์เตอร์ ตีฟองนม แล้ววาดรูปหัวใจบนแก้วกาแฟให้ลูกค้า",
            {"barista", "coffee"},
        ),
        (
            "หนูอยากสอนเด็กเล็กให้อ่าน ก ไก่ ข ไข่ ได้ เหมือนที่ครูโรงเรียนวัดเคยสอนหนู",
            {"teaching"},
        ),
        (
            "อยากนั่งเปลี่ยนจอที่แตก เปลี่ยนแบตมือถือให้คนแถวบ้าน",
            {"phone_repair"},
        ),
        (
            "อยากเห็นบ้านเก่าๆ กลับมาสีสดใส ทาสีผนังใหม่ทั้งหลัง",
            {"house_painting"},
        ),
    ],
    "vi": [
        (
            "Em muốn sáng nào cũng dậy sớm nhào bột, nướng bánh mì thơm phức bán cho cả xóm",
            {"baking"},
        ),
        (
            "Chị ấy thích ngồi tỉ mỉ xâu từng hạt cườm thành vòng tay, dây chuyền",
            {"jewellery_making"},
        ),
        (
            "Muốn được như cô Hai, ngày ngày chăm mấy ông bà cụ: đút cơm, lau người, đưa đi dạo",
            {"elder_care"},
        ),
        (
            "Anh ấy mê tháo máy xe máy ra, lau bugi, thay nhớt rồi đề cho nổ giòn lại",
            {"motorbike_repair", "engine_maintenance"},
        ),
        (
            "Em mơ có một góc nhỏ trên Facebook, chụp hình quần áo, chốt đơn rồi gửi hàng đi "
            "khắp nơi",
            {"online_selling"},
        ),
        (
            "Muốn dẫn khách nước ngoài đi thăm chùa, phố cổ, kể chuyện lịch sử cho họ nghe bằng "
            "tiếng Anh",
            {"tour_guiding", "english_conversation"},
        ),
        (
            "Chị thích dọn phòng khách sạn, trải ga giường thật phẳng, thay khăn tắm mới cho khách",
            {"housekeeping"},
        ),
        (
            "Em muốn ngồi nghe điện thoại, giải đáp thắc mắc cho khách hàng suốt ngày cũng được",
            {"call_centre", "customer_service"},
        ),
    ],
    "tl": [
        (
            "Gusto niyang gumising nang maaga para magpakain ng mga bangus sa palaisdaan, "
            "tapos anihin pag malalaki na",
            {"fish_farming"},
        ),
        (
            "Pangarap niyang makita ang mga ikakasal na gumaganda dahil sa ginawa niya sa "
            "mukha nila: foundation, kilay, lipstick",
            {"makeup"},
        ),
        (
            "Gaya ng tito niya, gusto niyang gumawa ng mesa at upuan mula sa kahoy, matutong "
            "maglagari at magpako",
            {"carpentry"},
        ),
        (
            "Gusto niyang nasa harap ng kaha sa grocery, tumatanggap ng bayad at nagsusukli sa "
            "mga mamimili",
            {"cashier"},
        ),
        (
            "Gusto niyang gumawa ng mga poster at logo sa computer para sa maliliit na negosyo "
            "sa kanila",
            {"graphic_design"},
        ),
        (
            "Gusto niyang samahan at pakinggan ang mga kapwa niya babae na bagong uwi sa "
            "probinsya, para hindi sila mag-isa",
            {"helping_others", "community_work"},
        ),
        (
            "Gusto niyang maglaba, magplantsa at maglinis ng bahay ng isang pamilya",
            {"housework", "laundry_ironing"},
        ),
        (
            "Gusto niyang ayusin ang mga kuko ng mga suki niya, lagyan ng kulay at maliliit na "
            "disenyo",
            {"nail_care"},
        ),
    ],
    "km": [
        (
            "នាងចង់អង្គុយត្បាញសូត្រនៅក្រោមផ្ទះ ដូចយាយរបស់នាងធ្លាប់ធ្វើ",
            {"weaving"},
        ),
        (
            "គាត់ចង់ភ្ជួរដី ស្ទូងស្រូវ ហើយច្រូតកាត់នៅស្រែរបស់គ្រួសារ",
            {"rice_farming"},
        ),
        (
            "ខ្ញុំចង់ផ្សារដែក ធ្វើទ្វារដែក និងរបងឲ្យផ្ទះអ្នកភូមិ",
            {"welding"},
        ),
        (
            "នាងចង់ចម្អិនសម្លកកូរ និងអាម៉ុក ឲ្យភ្ញៀវញ៉ាំនៅហាងបាយ",
            {"cooking", "food_service"},
        ),
        (
            "គាត់ចង់យាមក្រុមហ៊ុនពេលយប់ ឲ្យអ្នកផ្សេងដេកលក់ស្រួល",
            {"security_services"},
        ),
        (
            "ខ្ញុំចង់ជជែកជាមួយភ្ញៀវបរទេសជាភាសាអង់គ្លេសឲ្យបានស្ទាត់ ពេលពួកគេមកទិញរបស់",
            {"english_conversation"},
        ),
        (
            "នាងចង់អង្គុយមុខម៉ាស៊ីនដេរ ដេរអាវរាប់រយក្នុងមួយថ្ងៃនៅរោងចក្រ",
            {"sewing_machine_operation", "garment_manufacturing"},
        ),
        (
            "គាត់ចង់ជួសជុលម៉ាស៊ីនឡាន ដូរប្រេងម៉ាស៊ីន ដូចពូរបស់គាត់",
            {"car_repair", "engine_maintenance"},
        ),
    ],
    "my": [
        (
            "ပန်းပင်လေးတွေ စိုက်ပြီး ပန်းစည်းလေးတွေ လုပ်ရောင်းချင်တယ်",
            {"gardening"},
        ),
        (
            "မင်္ဂလာဆောင်တွေမှာ လှလှပပ ဓာတ်ပုံလေးတွေ ရိုက်ပေးချင်တယ်",
            {"photography"},
        ),
        (
            "ဆေးရုံမှာ လူနာတွေကို ပြုစုပေးချင်တယ်၊ ဒဏ်ရာကို ပတ်တီးစည်းတာလည်း သင်ချင်တယ်",
            {"health_care_support", "first_aid"},
        ),
        (
            "ဆိုင်ရဲ့ ဝင်ငွေ ထွက်ငွေ စာရင်းတွေကို သေသေချာချာ မှတ်ပေးရတာ ဝါသနာပါတယ်",
            {"accounting_basics"},
        ),
        (
            "စက္ကူပေါ်မှာ ရေဆေးနဲ့ ရှုခင်းပုံတွေ ဆွဲပြီး ရောင်းချင်တယ်",
            {"drawing_painting"},
        ),
        (
            "စက်ရုံမှာ ပစ္စည်းတွေကို ဘူးထဲထည့်ပြီး သေချာပိတ်ပေးတဲ့ အလုပ် လုပ်ချင်တယ်",
            {"packing"},
        ),
        (
            "အမေ့လိုပဲ မုန့်ဟင်းခါးချက်ပြီး မနက်စောစော လမ်းဘေးမှာ ရောင်းချင်တယ်",
            {"cooking", "market_trading"},
        ),
        (
            "ကွန်ပျူတာ ပျက်ရင် ပြင်ပေးတာ၊ Windows ပြန်တင်ပေးတာမျိုး လုပ်ချင်တယ်",
            {"it_support", "computers"},
        ),
    ],
    "zh": [
        (
            "想像她舅舅那样，亲手把一栋房子从打地基一直盖到封顶",
            {"house_building"},
        ),
        (
            "她希望以后能帮越南老乡和中国老板传话，两边说什么都能讲清楚",
            {"translation_interpreting"},
        ),
        (
            "佢想揸嗰啲可以托起成板貨嘅車，喺倉入面搬嘢",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "她想在饭馆里端菜、帮客人点菜、收拾桌子",
            {"table_service", "food_service"},
        ),
        (
            "想自己做老闆，開一間小小嘅糖水舖，日日煲糖水俾街坊食",
            {"own_business", "food_service", "cooking"},
        ),
        (
            "喜欢在流水线上把小零件一个个装上去，最后变成一部手机",
            {"assembly"},
        ),
        (
            "她想把办公楼、商场打扫得干干净净，地板亮得能照出人影",
            {"cleaning_services"},
        ),
        (
            "想學好普通話，將來可以同大陸嚟嘅客人傾偈",
            {"chinese_language", "language_learning"},
        ),
    ],
}


#: The thirty-fourth set, held out until the thirty-fifth was written: written blind
#: in session 38 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: notes typed in a hurry on a
#: phone, the way officers and survivors write in chat: code-mixing (Taglish, Thai and
#: Chinese or Cantonese with English words, Khmer and Burmese with English loanwords in Latin
#: script or their own), Vietnamese without its diacritics or with some missing, short forms
#: and chat spellings ("wanna", "2 b", "dc", "nmn", "รร."), small typos, missing spaces or
#: punctuation, emoji. Each still says what work or training is wished for. Committed before
#: its first run: its first run's figures are the ones that count.
SEEN_THIRTY_FOURTH: Phrases = {
    "en": [
        (
            "wanna do nails n lashes 💅 maybe makeup course too if got",
            {"nail_care", "makeup"},
        ),
        (
            "ok w warehouse work, asked if they can train forklift?? she keen",
            {"logistics_warehouse", "forklift_operation"},
        ),
        (
            "pls find smth w computers, data entry / typing. she types fast af 👍",
            {"computers", "data_entry"},
        ),
        (
            "wants 2 b tour guide, v good w ppl, english ok-ish",
            {"tour_guiding"},
        ),
        (
            "welding course? asked 2x so def yes lol",
            {"welding"},
        ),
        (
            "luvs plants🌱 garden work, plant nursery w flowers, anythin like that",
            {"gardening"},
        ),
        (
            "grab food rider or lalamove, has own moto",
            {"delivery"},
        ),
        (
            "she wants learn korean 🇰🇷 watches kdrama all day haha, japanese also ok",
            {"language_learning"},
        ),
    ],
    "th": [
        (
            "น้องอยากทำงานร้าน cafe ค่ะ ชงกาแฟเป็นนิดหน่อย อยากเรียน barista ต่อ ☕️",
            {"coffee", "barista"},
        ),
        (
            "เค้าอยากเรียน graphic design อ่ะ ชอบตัดต่อคลิปลง tiktok ทุกวัน555",
            {"graphic_design"},
        ),
        (
            "อยากเข้าโรงงานค่ะ ไลน์ประกอบ อิเล็กทรอนิกส์ก็ได้ ขอไม่เอากะดึกนะคะ",
            {"manufacturing", "assembly"},
        ),
        (
            "สนใจงานช่างไฟ เดินสายไฟ ติดแอร์ไรงี้ มีคอร์สมั้ยคะ",
            {"electrical_work", "electrical_wiring"},
        ),
        (
            "อยากทำงานรร. แผนก housekeeping หรือ front ก็ได้คะ",
            {"housekeeping", "front_desk"},
        ),
        (
            "ที่บ้านมีบ่อ อยากเลี้ยงปลานิล ปลาดุก ขายด้วย🐟",
            {"fish_farming"},
        ),
        (
            "หนูอยากเรียนภาษาจีนค่ะ จะได้ไปขายของให้ลูกค้าจีน",
            {"chinese_language", "selling"},
        ),
        (
            "ชอบงานฝีมือ ร้อยลูกปัด ทำกำไล อยากขายออนไลน์ใน fb กับ shopee",
            {"jewellery_making", "online_selling"},
        ),
    ],
    "vi": [
        (
            "e muon hoc nghe toc a, cat toc goi dau j cung dc",
            {"hairdressing"},
        ),
        (
            "ban ay thich lam nong, trong rau sach o que 🥬",
            {"agriculture", "vegetable_growing"},
        ),
        (
            "muon lam ke toan, biet excel chut chut thoi",
            {"accounting_basics"},
        ),
        (
            "chị ấy muon lam giup viec nha, don dep, nau com cho gđ",
            {"housework", "cooking"},
        ),
        (
            "thich sua xe may lam, hoc nghe sua xe dc ko a",
            {"motorbike_repair"},
        ),
        (
            "em muốn vào cty may, đứng máy may công nghiệp dc",
            {"garment_manufacturing", "sewing_machine_operation"},
        ),
        (
            "muốn học tiếng Anh giao tiep de lam le tan ks",
            {"english_conversation", "front_desk"},
        ),
        (
            "co ay thich cham soc em be, lam bao mau cung ok 👶",
            {"childcare"},
        ),
    ],
    "tl": [
        (
            "gusto nya mag call center, ok nmn english nya",
            {"call_centre"},
        ),
        (
            "pwede ba sya mag aral ng caregiving? para sa matatanda, mahal nya lolo lola nya 🙏",
            {"elder_care"},
        ),
        (
            "gusto ko mag tinda sa palengke, gulay prutas ganun",
            {"market_trading"},
        ),
        (
            "gusto nya maging pintor ng bahay, pintura ng pader, construction ok lng sa knya",
            {"house_painting", "construction"},
        ),
        (
            "gusto nya matuto mag drive tas kuha lisensya, para makapag grab",
            {"driving", "driving_licence"},
        ),
        (
            "mahilig mag drawing at painting, baka pwede rin graphic design",
            {"drawing_painting", "graphic_design"},
        ),
        (
            "gusto ko mag masahe sa spa, may konting experience na ko",
            {"massage"},
        ),
        (
            "pa enroll sa computer class pls, basic lng muna, ms word excel",
            {"basic_computer"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់រៀនកុំព្យូទ័រ ដើម្បីធ្វើការ office",
            {"basic_computer", "office_admin"},
        ),
        (
            "គាត់ចង់ធ្វើចុងភៅនៅ restaurant 🍳",
            {"cooking", "food_service"},
        ),
        (
            "បងស្រីចង់រៀនកាត់ដេរ ហើយបើកហាងតូចនៅផ្ទះ",
            {"sewing", "tailoring", "own_business"},
        ),
        (
            "ចង់រៀនជួសជុល phone 📱 មានហាងនៅជិតផ្ទះ",
            {"phone_repair"},
        ),
        (
            "គាត់ចង់ទៅធ្វើស្រែវិញ នៅស្រុកកំណើត",
            {"rice_farming"},
        ),
        (
            "ប្អូនប្រុសចង់ធ្វើ security នៅ mall ឬ ក្រុមហ៊ុន",
            {"security_services"},
        ),
        (
            "នាងចេះថៃខ្លះ ចង់ធ្វើអ្នកបកប្រែ ខ្មែរ-ថៃ",
            {"translation_interpreting"},
        ),
        (
            "ចង់រៀនជាងឈើ ធ្វើតុ ធ្វើទូ 🪚 បានអត់បង",
            {"carpentry"},
        ),
    ],
    "my": [
        (
            "ဓာတ်ပုံရိုက်ရတာ ဝါသနာပါတယ် photography သင်တန်း တက်ချင်တယ် 📷",
            {"photography"},
        ),
        (
            "သူက ကလေးတွေကို စာသင်ချင်တယ်တဲ့ teacher ဖြစ်ချင်တာ",
            {"teaching"},
        ),
        (
            "စားသောက်ကုန် စက်ရုံမှာ packing လုပ်ချင်တယ် ok",
            {"food_processing", "packing"},
        ),
        (
            "ဆေးရုံမှာ လူနာစောင့် အလုပ်လုပ်ချင်တယ် first aid လည်း သင်ချင်",
            {"health_care_support", "first_aid"},
        ),
        (
            "ကားဝပ်ရှော့မှာ အလုပ်သင်လုပ်ချင်တယ် engine ပိုင်း သိချင်လို့",
            {"car_repair", "engine_maintenance"},
        ),
        (
            "mini mart မှာ အရောင်းဝန်ထမ်း လုပ်ချင်တယ်",
            {"retail_sales", "selling"},
        ),
        (
            "အမေက ရက်ကန်းရက်တတ်တယ် သူလည်း handmade အိတ်တွေ ရက်ချင်တယ်",
            {"weaving"},
        ),
        (
            "restaurant မှာ စားပွဲထိုး လုပ်ချင်တယ်ဗျ",
            {"food_service", "table_service"},
        ),
    ],
    "zh": [
        (
            "想做 cashier 或者 customer service 都OK 😊",
            {"cashier", "customer_service"},
        ),
        (
            "佢想學整蛋糕 整麵包, 有冇 baking class?",
            {"baking"},
        ),
        (
            "想找 admin 文员的工作，打字很快 typing没问题",
            {"office_admin", "data_entry"},
        ),
        (
            "想喺工廠做QC 品檢, 做嘢好仔細",
            {"quality_control", "manufacturing"},
        ),
        (
            "想做 social worker 助理，帮助其他人",
            {"community_work", "helping_others"},
        ),
        (
            "想上个理财课 学点存钱💰 管好自己嘅钱",
            {"financial_literacy"},
        ),
        (
            "想返鄉下養雞養豬🐷 有冇相關培訓",
            {"livestock"},
        ),
        (
            "想搵 cleaning 公司嘅工, 洗衫熨衫都得",
            {"cleaning_services", "laundry_ironing"},
        ),
    ],
}


#: The thirty-third set, held out until the thirty-fourth was written: written blind
#: in session 37 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: wishes shaped by the
#: survivor's circumstances: going back to a home village or small town (chickens and pigs,
#: mushrooms, vegetables, a market stall, the village's motorbike repairs), physical limits
#: and health (a bad back, legs that cannot stand long, weak eyesight: seated work such as
#: sewing, phone repair, bookkeeping, call centres), older survivors (45 and over) and
#: parents or carers who must work near home or from it. Some name the work; some give only
#: the circumstance and a hint (what they are good at). Committed before its first run: its
#: first run's figures are the ones that count.
SEEN_THIRTY_THIRD: Phrases = {
    "en": [
        (
            "I'm going back to my village in Isan after this. My mum keeps chickens and a "
            "couple of pigs, I'd like to learn to do it properly and make some money from it",
            {"livestock"},
        ),
        (
            "My back is bad from the factory years, I can't stand all day anymore. Something "
            "sitting down, maybe sewing or fixing phones",
            {"sewing", "phone_repair"},
        ),
        (
            "I'm 52 and nobody wants to hire me. I looked after my grandmother for years, "
            "I'm patient with old people",
            {"elder_care"},
        ),
        (
            "I have two small kids and no one to watch them so I need to earn from home. "
            "I'm ok on a computer and I can type fast",
            {"data_entry", "basic_computer"},
        ),
        (
            "my eyes aren't good anymore so small detailed work is hard for me. I like "
            "talking to people though, could I do phone work, like answering customers?",
            {"call_centre", "customer_service"},
        ),
        (
            "back home there's only one mechanic for the whole village and he's getting old. "
            "I want to learn to fix motorbikes and open my own shop there",
            {"motorbike_repair", "own_business"},
        ),
        (
            "I had an operation on my leg and walk with a stick now. I was good with numbers "
            "at school, could I learn bookkeeping for small shops?",
            {"accounting_basics"},
        ),
        (
            "I want to grow vegetables and sell them at the Saturday market in my town",
            {"vegetable_growing", "market_trading"},
        ),
    ],
    "th": [
        (
            "กลับไปอยู่บ้านที่ร้อยเอ็ดแล้วค่ะ อยากเลี้ยงไก่ไข่ขาย แม่มีที่ว่างอยู่หลังบ้าน",
            {"livestock"},
        ),
        (
            "ยืนนานๆ ไม่ไหวแล้ว ขาบวม หมอบอกให้หางานนั่งทำ อยากได้งานเย็บผ้าค่ะ",
            {"sewing"},
        ),
        (
            "อายุ 48 แล้ว ไปสมัครที่ไหนก็ไม่รับ แต่ทำกับข้าวเก่งนะ เคยขายข้าวแกงมาก่อน",
            {"cooking"},
        ),
        (
            "มีลูกเล็กสองคน ต้องอยู่บ้านเลี้ยงลูก อยากขายของออนไลน์ผ่านเฟซบุ๊ก",
            {"online_selling"},
        ),
        (
            "สายตาไม่ค่อยดี อ่านตัวหนังสือเล็กๆ ไม่ได้ แต่พูดเก่ง ชอบคุยกับคน ตอบโทรศัพท์ลูกค้าได้สบาย",
            {"call_centre", "customer_service"},
        ),
        (
            "อยากเพาะเห็ดนางฟ้าขายที่บ้าน ในหมู่บ้านยังไม่มีใครทำเลย",
            {"agriculture"},
        ),
        (
            "หลังไม่ดี ยกของหนักไม่ได้แล้ว เคยช่วยพี่สาวทำบัญชีร้าน อยากเรียนทำบัญชีให้เป็นเรื่องเป็นราว",
            {"accounting_basics"},
        ),
        (
            "รับซ่อมมือถืออยู่ที่บ้านได้ไหมคะ จะได้ดูแลพ่อที่ป่วยไปด้วย",
            {"phone_repair"},
        ),
    ],
    "vi": [
        (
            "Em muốn về quê ở Nghệ An nuôi heo, nuôi gà, ở gần bố mẹ cho yên tâm",
            {"livestock"},
        ),
        (
            "Chị 50 tuổi rồi, đứng lâu là đau chân. Chị biết may vá chút ít, muốn tìm việc "
            "ngồi may",
            {"sewing"},
        ),
        (
            "Con em còn nhỏ, em chỉ làm được gần nhà thôi, sáng sáng ra chợ bán rau cũng được",
            {"market_trading", "selling"},
        ),
        (
            "Mắt em kém, nhìn máy tính lâu không được, nhưng nói chuyện điện thoại thì ok. "
            "Có việc trực tổng đài không ạ?",
            {"call_centre"},
        ),
        (
            "Anh bị tai nạn lao động, chân yếu, giờ muốn học sửa điện thoại để ngồi một chỗ làm",
            {"phone_repair"},
        ),
        (
            "Em về quê rồi, trong làng chưa có tiệm sửa xe máy nào, em muốn học nghề để mở tiệm",
            {"motorbike_repair", "own_business"},
        ),
        (
            "Chị muốn học trồng nấm rơm, ở quê rơm nhiều lắm mà bỏ phí",
            {"agriculture"},
        ),
        (
            "Em ở nhà trông con, muốn làm sổ sách kế toán cho mấy cửa hàng nhỏ",
            {"accounting_basics"},
        ),
    ],
    "tl": [
        (
            "Uuwi na po ako sa probinsya namin sa Samar. Gusto ko mag-alaga ng baboy at "
            "manok para may kita",
            {"livestock"},
        ),
        (
            "Masakit na likod ko, hindi ko na kaya tumayo nang matagal. Sana yung trabaho "
            "na nakaupo lang, parang call center",
            {"call_centre"},
        ),
        (
            "46 na ako, sabi nila matanda na raw ako para sa factory. Marunong naman ako "
            "manahi ng damit, pwede ba yun?",
            {"sewing"},
        ),
        (
            "May tatlo akong anak kaya kailangan ko ng trabaho malapit lang sa bahay. Kahit "
            "tindera sa tindahan okay lang",
            {"retail_sales"},
        ),
        (
            "Gusto ko sanang magtanim ng gulay sa lupa ng lolo ko tapos ibenta sa palengke",
            {"vegetable_growing", "market_trading"},
        ),
        (
            "Malabo na mata ko kaya hirap ako sa pananahi. Pero magaling ako sa numero at "
            "pagtatala ng pera, bookkeeping siguro",
            {"accounting_basics"},
        ),
        (
            "Gusto kong matutong mag-ayos ng motor. Sa barangay namin, malayo pa yung talyer",
            {"motorbike_repair"},
        ),
        (
            "Nasa bahay lang ako kasi may sakit ang nanay ko. Pwede ba online na trabaho, "
            "like encoding o data entry?",
            {"data_entry"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់ត្រឡប់ទៅភូមិវិញ ចិញ្ចឹមមាន់ និងជ្រូកលក់",
            {"livestock"},
        ),
        (
            "ខ្ញុំឈឺខ្នង ឈរយូរមិនបានទេ ចង់រៀនដេរខោអាវ អង្គុយធ្វើការ",
            {"sewing"},
        ),
        (
            "ខ្ញុំអាយុ ៥០ ឆ្នាំហើយ ចង់លក់បន្លែនៅផ្សារក្បែរផ្ទះ",
            {"market_trading", "selling"},
        ),
        (
            "ខ្ញុំមានកូនតូច ត្រូវនៅផ្ទះមើលកូន ចង់ដាំផ្សិតលក់",
            {"agriculture"},
        ),
        (
            "ភ្នែកខ្ញុំមើលមិនសូវច្បាស់ទេ តែខ្ញុំពូកែនិយាយទូរស័ព្ទជាមួយភ្ញៀវ",
            {"call_centre", "customer_service"},
        ),
        (
            "នៅភូមិខ្ញុំគ្មានជាងជួសជុលម៉ូតូទេ ខ្ញុំចង់រៀនជួសជុលម៉ូតូ",
            {"motorbike_repair"},
        ),
        (
            "ជើងខ្ញុំពិការ ដើរមិនស្រួល ចង់រៀនជួសជុលទូរស័ព្ទដៃ",
            {"phone_repair"},
        ),
        (
            "ខ្ញុំនៅផ្ទះមើលម្តាយដែលឈឺ ចង់រៀនធ្វើបញ្ជីគណនេយ្យឱ្យហាងតូចៗ",
            {"accounting_basics"},
        ),
    ],
    "my": [
        (
            "ရွာပြန်ပြီး ကြက်မွေးချင်တယ်။ ဝက်လည်း မွေးမယ်",
            {"livestock"},
        ),
        (
            "ခါးနာလို့ ကြာကြာ မရပ်နိုင်ဘူး။ ထိုင်ပြီး အပ်ချုပ်တဲ့ အလုပ် လုပ်ချင်တယ်",
            {"sewing"},
        ),
        (
            "အသက် ၅၅ နှစ်ရှိပြီ။ သက်ကြီးရွယ်အိုတွေကို ပြုစုစောင့်ရှောက်တဲ့ အလုပ် လုပ်နိုင်တယ်",
            {"elder_care"},
        ),
        (
            "ကလေးငယ်ရှိလို့ အိမ်ကနေ အွန်လိုင်းမှာ အဝတ်အစား ရောင်းချင်တယ်",
            {"online_selling"},
        ),
        (
            "မျက်စိ မကောင်းတော့ဘူး။ ဖုန်းနဲ့ ဖောက်သည်တွေကို ဖြေကြားပေးတဲ့ အလုပ်ရှိလား",
            {"call_centre", "customer_service"},
        ),
        (
            "ရွာမှာ ဆိုင်ကယ်ပြင်ဆိုင် ဖွင့်ချင်တယ်",
            {"motorbike_repair", "own_business"},
        ),
        (
            "အိမ်နားက ဈေးမှာပဲ ဟင်းသီးဟင်းရွက် ရောင်းချင်တယ်",
            {"market_trading", "selling"},
        ),
        (
            "ခြေထောက် မသန်လို့ ထိုင်ပြီး စာရင်းကိုင် အလုပ် လုပ်ချင်တယ်",
            {"accounting_basics"},
        ),
    ],
    "zh": [
        (
            "我想返鄉下養雞養豬，屋企附近有塊地",
            {"livestock"},
        ),
        (
            "腰骨唔好，企唔到咁耐，想搵啲坐低做嘅工，例如車衫",
            {"sewing"},
        ),
        (
            "我今年五十幾歲，好多地方都嫌我老。以前喺酒樓廚房做過，識煮嘢",
            {"cooking"},
        ),
        (
            "要湊兩個細路，只可以喺屋企附近做兼職，幫人執屋、熨衫都得",
            {"housework"},
        ),
        (
            "眼睛唔係幾好，睇唔清細字，不過把口好，鍾意同人傾偈，可唔可以做客服熱線？",
            {"call_centre", "customer_service"},
        ),
        (
            "我隻腳有舊患，行唔到遠路，想學整手機，坐喺度做就得",
            {"phone_repair"},
        ),
        (
            "想學記數、做簿記，幫街坊小店埋數",
            {"accounting_basics"},
        ),
        (
            "返到鄉下想學整電單車，條村冇車房",
            {"motorbike_repair"},
        ),
    ],
}


#: The thirty-second set, held out until the thirty-third was written: written blind
#: in session 34 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: short chat replies to an
#: officer's questions in a messaging app (the questions left out): fragments, bare nouns,
#: refusals said elliptically ("not the sewing one", "no factory pls"), emoji, chat
#: spelling and abbreviations, replies over two or three lines; six such a language and two
#: plain typed sentences as a control (the last two). Committed before its first run: its
#: first run's figures are the ones that count.
SEEN_THIRTY_SECOND: Phrases = {
    # entries 7 and 8: plain controls
    "en": [
        (
            "cooking 👍\nnot the sewing one pls",
            {"cooking"},
        ),
        (
            "photos or drawing?\nidk tbh\nsomething creative",
            {"photography", "drawing_painting"},
        ),
        (
            "motorbike repair\nnear home pls, got my kid",
            {"motorbike_repair"},
        ),
        (
            "warehouse ok\nanything but boats lol",
            {"logistics_warehouse"},
        ),
        (
            "security guard maybe\nnights r fine",
            {"security_services"},
        ),
        (
            "tour guide!! 😊\nnope not cleaning",
            {"tour_guiding"},
        ),
        (
            "I would like to learn electrical wiring.",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "I want to work on a vegetable farm.",
            {"vegetable_growing", "agriculture"},
        ),
    ],
    # entries 7 and 8: plain controls
    "th": [
        (
            "ทำขนม 👍\nไม่เอาโรงงานนะ",
            {"baking"},
        ),
        (
            "ขายของออนไลน์ 555\nหรือขายตลาดนัดก็ได้",
            {"online_selling", "market_trading"},
        ),
        (
            "นวดแผนไทย\nแต่ขอใกล้บ้านหน่อย",
            {"massage"},
        ),
        (
            "ไรเดอร์ส่งอาหาร\nไม่เอาเรือแล้ว",
            {"delivery"},
        ),
        (
            "งานคอม\nพิมพ์ข้อมูลได้\nไม่อยากทำความสะอาด",
            {"data_entry", "computers"},
        ),
        (
            "เลี้ยงไก่ เลี้ยงหมู\nทำครึ่งวันได้มั้ย",
            {"livestock"},
        ),
        (
            "ฉันอยากทำงานในโรงแรมค่ะ",
            {"hospitality"},
        ),
        (
            "ผมอยากเรียนซ่อมโทรศัพท์มือถือครับ",
            {"phone_repair"},
        ),
    ],
    # entries 7 and 8: plain controls
    "vi": [
        (
            "pha che ca phe 👍\nko may dau",
            {"barista", "coffee"},
        ),
        (
            "nuôi tôm\nko đi biển nha",
            {"fish_farming"},
        ),
        (
            "làm móng hoặc trang điểm ạ",
            {"nail_care", "makeup"},
        ),
        (
            "thợ hồ cũng được\nxây nhà\ngần nhà thôi nha",
            {"bricklaying", "house_building"},
        ),
        (
            "trông trẻ\nbán thời gian thôi ạ",
            {"childcare"},
        ),
        (
            "dạ\nmay vá 😊\nko làm nhà hàng đâu",
            {"sewing"},
        ),
        (
            "Tôi muốn làm công nhân lắp ráp linh kiện điện tử trong nhà máy.",
            {"assembly", "manufacturing"},
        ),
        (
            "Tôi muốn học lái xe để chạy taxi.",
            {"driving", "transport_delivery"},
        ),
    ],
    # entries 7 and 8: plain controls
    "tl": [
        (
            "cashier po 😊\nwag na sa factory",
            {"cashier"},
        ),
        (
            "welding sana\no kaya carpentry",
            {"welding", "carpentry"},
        ),
        (
            "mag-alaga ng matanda po\npero malapit lang sa bahay",
            {"elder_care"},
        ),
        (
            "graphic design po\nvideo editing din 😅\nayoko sa call center",
            {"graphic_design"},
        ),
        (
            "opo\nhousekeeping sa hotel\nhindi po sa bar",
            {"housekeeping"},
        ),
        (
            "magtinda sa palengke\npwede isama anak ko?",
            {"market_trading"},
        ),
        (
            "Gusto kong magtrabaho bilang waiter sa restaurant.",
            {"table_service", "food_service"},
        ),
        (
            "Gusto ko pong matuto ng computer para makapagtrabaho sa opisina.",
            {"basic_computer", "office_admin"},
        ),
    ],
    # entries 7 and 8: plain controls
    "km": [
        (
            "ចាស 😊\nត្បាញកន្ត្រក ឬ ក្រមា\nអត់យករោងចក្រទេ",
            {"weaving"},
        ),
        (
            "ធ្វើស្រែ\nនៅជិតផ្ទះបានហើយ",
            {"rice_farming"},
        ),
        (
            "ជាងឡាន 🔧\nជួសជុលម៉ាស៊ីន",
            {"car_repair", "engine_maintenance"},
        ),
        (
            "ដាំផ្កា ដាំបន្លែ\nអត់ចង់ធ្វើការសំណង់ទេ",
            {"gardening", "vegetable_growing"},
        ),
        (
            "លក់ឥវ៉ាន់នៅហាង\nធ្វើពាក់កណ្តាលថ្ងៃបានទេ?",
            {"retail_sales", "selling"},
        ),
        (
            "ចង់បើកហាងកាហ្វេខ្លួនឯង ☕",
            {"own_business", "coffee"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការជាជំនួយការថែទាំអ្នកជំងឺនៅមន្ទីរពេទ្យ។",
            {"health_care_support"},
        ),
        (
            "ខ្ញុំចង់រៀនធ្វើគ្រឿងអលង្ការ។",
            {"jewellery_making"},
        ),
    ],
    # entries 7 and 8: plain controls
    "my": [
        (
            "ထမင်းဟင်းချက်တာ 👍\nစက်ရုံ မလုပ်ချင်ဘူး",
            {"cooking"},
        ),
        (
            "ဆံပင်ညှပ်?\nမိတ်ကပ်လည်း ရတယ်",
            {"hairdressing", "makeup"},
        ),
        (
            "ကားမောင်းချင်တယ်\nလိုင်စင် အရင်ယူချင်",
            {"driving", "driving_licence"},
        ),
        (
            "ဟုတ်\nကလေးတွေ စာသင်ပေးချင်\nအိမ်နားမှာဆို ပိုကောင်း",
            {"teaching"},
        ),
        (
            "ငါးဖမ်းတာ ရတယ်\nသင်္ဘောကြီးတော့ မလိုက်ဘူး",
            {"fishing"},
        ),
        (
            "အိမ်ဆေးသုတ်\nအမြင့်ပေါ်တော့ မတက်ဘူးနော်",
            {"house_painting"},
        ),
        (
            "ကျွန်မ အထည်ချုပ်စက်ရုံမှာ စက်ချုပ်တဲ့အလုပ် လုပ်ချင်ပါတယ်။",
            {"sewing_machine_operation", "garment_manufacturing"},
        ),
        (
            "ကျွန်တော် ဟိုတယ်မှာ ဧည့်ကြိုအလုပ် လုပ်ချင်ပါတယ်။",
            {"front_desk", "hospitality"},
        ),
    ],
    # entries 7 and 8: plain controls
    "zh": [
        (
            "嗯嗯\n开叉车也行\n仓库那种",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "打包装箱都可以\n不要上船",
            {"packing"},
        ),
        (
            "质检吧\n别再让我踩缝纫机了 哈哈",
            {"quality_control"},
        ),
        (
            "做保洁\n离家近就行",
            {"cleaning_services"},
        ),
        (
            "翻译\n中文泰文都会一点",
            {"translation_interpreting", "languages_translation"},
        ),
        (
            "做社工啦\n幫下啲人\n唔想做酒吧",
            {"community_work", "helping_others"},
        ),
        (
            "我想学修电脑，做IT支持的工作。",
            {"it_support", "computers"},
        ),
        (
            "我想在食品加工厂工作。",
            {"food_processing"},
        ),
    ],
}


#: The thirty-first set, held out until the thirty-second was written: written blind
#: in session 34 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: preferences said by
#: comparison and wishes asked as questions ("I'd rather X than Y", "X instead of Y",
#: "anything but Y, maybe X", "if not X then Z", "is there any X work?", "can I learn X
#: here?"): what is weighed against the wish is not wanted and is not among the concepts;
#: a second choice offered as acceptable is. Six such a language and two plain statements
#: of a wish as a control (the last two). Committed before its first run: its first run's
#: figures are the ones that count.
SEEN_THIRTY_FIRST: Phrases = {
    # entries 7 and 8: plain controls
    "en": [
        (
            "I'd rather work in a kitchen than on a farm again, i really like cooking",
            {"cooking", "food_service"},
        ),
        (
            "can i learn to fix phones here? not the sewing class pls",
            {"phone_repair"},
        ),
        (
            "Anything but the fish factory. Maybe something with plants or flowers?",
            {"gardening"},
        ),
        (
            "more into driving jobs than cleaning tbh, i already got my licence",
            {"driving", "driving_licence"},
        ),
        (
            "If I can't get a job at hotel reception then housekeeping is ok too",
            {"front_desk", "housekeeping"},
        ),
        (
            "Do you have any courses for bookkeeping? She prefers working with numbers to "
            "standing in a shop all day.",
            {"accounting_basics"},
        ),
        (
            "I want to learn welding",
            {"welding"},
        ),
        (
            "She would like a job looking after elderly people.",
            {"elder_care"},
        ),
    ],
    # entries 7 and 8: plain controls
    "th": [
        (
            "อยากทำงานร้านกาแฟมากกว่าโรงงานค่ะ ชอบชงกาแฟ",
            {"coffee", "barista"},
        ),
        (
            "มีคอร์สสอนทำเล็บมั้ยคะ",
            {"nail_care"},
        ),
        (
            "ไม่เอางานบนเรือประมงแล้วครับ ไปทำงานก่อสร้างดีกว่า สร้างบ้านก็ได้",
            {"construction", "house_building"},
        ),
        (
            "ถ้าเป็นพนักงานขายหน้าร้านไม่ได้ ขายของออนไลน์ก็โอเคค่ะ",
            {"retail_sales", "online_selling"},
        ),
        (
            "หนูอยากเลี้ยงเด็กมากกว่าทำความสะอาดบ้านค่ะ เพราะชอบเด็กๆ",
            {"childcare"},
        ),
        (
            "ที่นี่มีสอนเดินสายไฟมั้ยครับ อยากเป็นช่างไฟ",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "อยากเรียนภาษาอังกฤษค่ะ",
            {"english_conversation", "language_learning"},
        ),
        (
            "อยากทำงานโรงแรมครับ",
            {"hospitality"},
        ),
    ],
    # entries 7 and 8: plain controls
    "vi": [
        (
            "Em thích làm tóc hơn là làm nail",
            {"hairdressing"},
        ),
        (
            "Có lớp học vi tính văn phòng không ạ? Em muốn làm văn phòng thay vì đứng máy "
            "trong xưởng.",
            {"basic_computer", "office_admin"},
        ),
        (
            "tha di giao hang con hon quay lai lam karaoke",
            {"delivery"},
        ),
        (
            "Nếu không học lái xe được thì cho em học sửa xe máy cũng được",
            {"driving_licence", "motorbike_repair"},
        ),
        (
            "Nuôi tôm hay nuôi cá gì cũng được, miễn không phải ra biển đánh cá nữa.",
            {"fish_farming"},
        ),
        (
            "Còn làm bánh thì sao ạ, có tiệm nào nhận người học việc không?",
            {"baking"},
        ),
        (
            "Em muốn học may",
            {"sewing"},
        ),
        (
            "Tôi muốn làm bảo vệ.",
            {"security_services"},
        ),
    ],
    # entries 7 and 8: plain controls
    "tl": [
        (
            "Mas gusto ko po mag-alaga ng baboy at manok kaysa magtrabaho ulit sa factory",
            {"livestock"},
        ),
        (
            "May training po ba kayo para sa call center? Mas okay sa akin yun kaysa "
            "maging kasambahay ulit.",
            {"call_centre", "customer_service"},
        ),
        (
            "ayoko na sa bar, kahit waitress na lang sa restaurant",
            {"table_service", "food_service"},
        ),
        (
            "pwede ba mag aral ng graphic design dito? or photography, kahit alin dun",
            {"graphic_design", "photography"},
        ),
        (
            "Kung wala pong bakante sa warehouse bilang packer, kahit quality control na lang po.",
            {"packing", "logistics_warehouse", "quality_control"},
        ),
        (
            "Mas gusto kong magtinda sa palengke kaysa maging saleslady sa mall. "
            "Gusto ko sana ng sariling pwesto.",
            {"market_trading", "own_business"},
        ),
        (
            "Gusto ko pong matutong mag-makeup",
            {"makeup"},
        ),
        (
            "Gusto kong maging teacher ng mga bata.",
            {"teaching", "education"},
        ),
    ],
    # entries 7 and 8: plain controls
    "km": [
        (
            "ខ្ញុំចូលចិត្តធ្វើស្រែនៅផ្ទះ ជាជាងទៅធ្វើការនៅឡឥដ្ឋវិញ",
            {"rice_farming"},
        ),
        (
            "តើមានវគ្គរៀនត្បាញសូត្រទេបង? ខ្ញុំចង់រៀនណាស់",
            {"weaving"},
        ),
        (
            "មិនចង់ធ្វើការនៅកាស៊ីណូទៀតទេ ធ្វើម៉ាស្សានៅស្ប៉ាល្អជាងសម្រាប់ខ្ញុំ",
            {"massage"},
        ),
        (
            "បើមិនអាចរៀនកាត់ដេរបានទេ ខ្ញុំរៀនធ្វើគ្រឿងអលង្ការក៏បានដែរ",
            {"tailoring", "jewellery_making"},
        ),
        (
            "ខ្ញុំចង់រៀនជួសជុលឡាន ជាជាងធ្វើកម្មករសំណង់",
            {"car_repair"},
        ),
        (
            "ចុះការងារបកប្រែវិញ អាចទេ? ខ្ញុំចេះនិយាយភាសាចិនបន្តិចបន្តួច",
            {"translation_interpreting", "chinese_language"},
        ),
        (
            "ខ្ញុំចង់ដាំបន្លែ",
            {"vegetable_growing"},
        ),
        (
            "ខ្ញុំចង់បើកហាងលក់ទំនិញតូចមួយដោយខ្លួនឯង",
            {"own_business", "retail_sales"},
        ),
    ],
    # entries 7 and 8: plain controls
    "my": [
        (
            "မီးဖိုချောင်မှာ ပန်းကန်ဆေးတာထက် ဆိုင်မှာ ငွေကိုင်လုပ်ရတာ ပိုကြိုက်ပါတယ်",
            {"cashier"},
        ),
        (
            "ပန်းချီဆွဲတာ သင်တန်းရှိလား ဗျ",
            {"drawing_painting"},
        ),
        (
            "ဆေးရုံမှာ လူနာတွေကို ကူညီတဲ့အလုပ် ရနိုင်မလား။ ရှေးဦးသူနာပြုလည်း သင်ချင်ပါတယ်။",
            {"health_care_support", "first_aid"},
        ),
        (
            "ဆောက်လုပ်ရေးမှာ အမြင့်တက်ရတာ မလုပ်ချင်ဘူး၊ အောက်မှာ အုတ်စီတာ ဆေးသုတ်တာဆို ရတယ်",
            {"bricklaying", "house_painting"},
        ),
        (
            "ရုံးအလုပ် မရရင် ဂိုဒေါင်မှာ ပစ္စည်းထုပ်ပိုးတဲ့အလုပ်လည်း ရပါတယ်",
            {"office_admin", "packing", "logistics_warehouse"},
        ),
        (
            "ကားမောင်းတာထက် စက်ပြင်တာ ပိုစိတ်ဝင်စားတယ်၊ အင်ဂျင်တွေ ပြင်တတ်ချင်တယ်",
            {"engine_maintenance"},
        ),
        (
            "ကျွန်မ အဝတ်လျှော်၊ မီးပူတိုက်တဲ့ အလုပ်လုပ်ချင်ပါတယ်",
            {"laundry_ironing"},
        ),
        (
            "လူတွေကို ကူညီတဲ့ အလုပ်မျိုး လုပ်ချင်တယ်",
            {"helping_others", "community_work"},
        ),
    ],
    # entries 7 and 8: plain controls
    "zh": [
        (
            "比起在工厂流水线，我更想做美甲或者化妆",
            {"nail_care", "makeup"},
        ),
        (
            "请问这里有教电脑打字的课吗？想去做文员",
            {"data_entry", "office_admin"},
        ),
        (
            "不想再去赌场上班了，去旅行社做导游会好一点吧",
            {"tour_guiding", "tourism"},
        ),
        (
            "如果当不了厨师，去食品加工厂也可以",
            {"cooking", "food_processing"},
        ),
        (
            "我寧願學揸叉車，都唔想再返地盤做嘢",
            {"forklift_operation"},
        ),
        (
            "有没有保洁的工作？总比在KTV上班好",
            {"cleaning_services"},
        ),
        (
            "我想学理财，存点钱",
            {"financial_literacy"},
        ),
        (
            "我想学打版和裁布",
            {"pattern_cutting"},
        ),
    ],
}


#: The thirtieth set, held out until the thirty-first was written: written blind
#: in session 33 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: what a person said aloud,
#: as a phone's speech-to-text wrote it down (voice messages, an officer's dictated notes):
#: no punctuation, fillers and hesitations, self-corrections, numbers as words, words the
#: dictation misheard as similar-sounding ones; six such a language and two plain typed
#: entries as a control (the last two). Committed before its first run: its first run's
#: figures are the ones that count.
SEEN_THIRTIETH: Phrases = {
    # entries 7 and 8: plain controls
    "en": [
        (
            "um so i want to learn weld in like the metal work you know and get a job in a "
            "workshop not on the boats again",
            {"welding"},
        ),
        (
            "i really like sowing clothes my mom taught me um i want to work on a sowing machine "
            "in a tailor shop no not a factory like a small shop",
            {"sewing", "sewing_machine_operation", "tailoring"},
        ),
        (
            "i want to be a cook no i mean a baker like bread and cakes and stuff and maybe open "
            "my own little bakery some day",
            {"baking", "own_business"},
        ),
        (
            "i wanna ride for grab or do food the livery on my motor bike um i got my licence "
            "already well no i'm getting it in like 2 weeks",
            {"delivery", "driving_licence"},
        ),
        (
            "client is twenty 3 years old interested in caring for elderly people um she looked "
            "after her grandmother for like two years full stop wants training in first eight and "
            "elder care comma not domestic work in a private house",
            {"elder_care", "first_aid"},
        ),
        (
            "i wanna learn computers like typing and the excel and um data and tree you know for "
            "an office job",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        ("I would like to train as a hairdresser and later work in a salon.", {"hairdressing"}),
        (
            "I want to work at a hotel reception desk. I'm friendly and I like meeting guests.",
            {"front_desk", "hospitality"},
        ),
    ],
    # entries 7 and 8: plain controls
    "th": [
        (
            "เอ่อ หนูอยากเรียนทำเล็กอ่ะค่ะ แบบว่าทำเล็บเจล ต่อเล็บ เพ้นท์เล็บอะไรงี้ "
            "ไปทำที่ร้านเสริมสวย ไม่อยากกลับไปทำร้านคาราโอเกะแล้วค่ะ",
            {"nail_care"},
        ),
        (
            "เอ่อ ผมอยากไปเรียนจงกาแฟอ่ะครับ แบบว่าเป็นบาริสต้าตามคาเฟ่ ทำลาเต้ ทำคาปูชิโน่ "
            "อะไรแบบนี้ แล้ววันนึงอยากเปิดร้านกาแฟของตัวเองครับ",
            {"barista", "own_business"},
        ),
        (
            "ผมอยากเป็นช่างไฟอ่ะครับ เอ่อ เดินสายไหมในบ้าน ติดปลั๊ก ติดหลอดไฟ "
            "แบบว่างานในบ้านอ่ะครับ ไม่เอาปีนเสาไฟสูงๆ นะ ผมกลัวความสูง",
            {"electrical_wiring"},
        ),
        (
            "กลับบ้านที่ยโสธรอ่ะค่ะ อยากปลูกผัดปลอดสารพิษ แบบว่าผักบุ้ง คะน้า "
            "แล้วเอาไปขายที่ตลาดนัดเองอ่ะ ไม่อยากไปฉีดยาฆ่าแมลงให้เขาแล้ว",
            {"vegetable_growing", "market_trading"},
        ),
        (
            "บันทึก ผู้รับบริการหญิงอายุสิบเก้าปี สนใจงานดูแลเด็ก เอ่อ ขอแก้ "
            "สนใจเป็นพี่เลี่ยงเด็กในศูนย์เด็กเล็ก เคยเลี้ยงน้อง 3 คนมาก่อน เว้นวรรค "
            "ไม่ประสงค์ทำงานแม่บ้านอยู่ประจำบ้านนายจ้าง",
            {"childcare"},
        ),
        (
            "เอ่อ อยากสอบไปขับขี่รถยนต์อ่ะครับ แบบว่าจะไปขับกระบะส่งของให้บริษัท ส่งพัสดุอะไรงี้ "
            "ไม่ใช่ขับเรือประมงนะครับ ไม่เอาแล้ว",
            {"driving_licence", "driving", "delivery"},
        ),
        (
            "ดิฉันอยากเรียนตัดเย็บเสื้อผ้าและใช้จักรเย็บผ้าให้เป็น เพื่อรับงานตัดชุดที่บ้าน",
            {"sewing", "sewing_machine_operation"},
        ),
        (
            "ผมสนใจงานโรงแรม อยากเป็นพนักงานทำความสะอาดห้องพัก และอยากฝึกพูดภาษาอังกฤษเพื่อคุยกับแขก",
            {"housekeeping", "english_conversation"},
        ),
    ],
    # entries 7 and 8: plain controls
    "vi": [
        (
            "ờ thì là em muốn học cắt tốc với uốn tốc kiểu như làm thợ tốc á chị rồi sau này mở "
            "tiệm nhỏ ở quê",
            {"hairdressing", "own_business"},
        ),
        (
            "em muốn học sữa xe máy ờ sửa xe máy đó anh thay nhớt vá xe bảo dưỡng máy kiểu như "
            "làm thợ ở tiệm gần nhà",
            {"motorbike_repair", "engine_maintenance"},
        ),
        (
            "ờ em thích làm bành bông lan với bánh mì kiểu như đi học lớp làm bánh rồi đi làm ở "
            "tiệm bánh thì là không phải nhà hàng đâu",
            {"baking"},
        ),
        (
            "ghi chú chấm thân chủ nữ hai mươi 2 tuổi ờ muốn học vì tính văn phòng word excel gõ "
            "phím nhanh để làm nhập liệu không muốn quay lại xưởng may nữa",
            {"basic_computer", "data_entry"},
        ),
        (
            "thì là em về quê ở cà mau muốn nuôi tom nuôi cá kiểu như học kỹ thuật nuôi tôm á chứ "
            "không đi tàu đánh cá nữa đâu",
            {"fish_farming"},
        ),
        (
            "ờ con muốn làm điều dưỡng à không phải con muốn chăm sốc người già trong viện dưỡng "
            "lão á kiểu như học sơ cứu luôn",
            {"elder_care", "first_aid"},
        ),
        (
            "Tôi muốn học nghề pha chế cà phê và làm việc ở một quán cà phê trong thành phố.",
            {"barista"},
        ),
        (
            "Tôi muốn học tiếng Trung để sau này làm phiên dịch cho công ty.",
            {"chinese_language", "translation_interpreting"},
        ),
    ],
    # entries 7 and 8: plain controls
    "tl": [
        (
            "ano po kasi gusto ko po maging driver parang grab o taxi ganun kailangan ko pa po "
            "kumuha ng professional lie sense kasi student permit pa lang po ako",
            {"driving", "driving_licence"},
        ),
        (
            "gusto ko po mag care river ano mag alaga ng matatanda parang sa home for the aged "
            "ganun po hindi na po ako mag aabroad dito na lang sa pinas",
            {"elder_care"},
        ),
        (
            "gusto ko matuto mag karpintero yung gumawa ng cabinet tsaka mesa kasi si tatay "
            "karpintero din parang would work ganun po",
            {"carpentry"},
        ),
        (
            "ano po gusto ko mag aral ng masaya sa spa ay masahe po pala yung may certificate na "
            "nc two hindi po sa bar ha sa spa lang talaga",
            {"massage"},
        ),
        (
            "client ano interested siya sa cold center period she speaks good english comma wants "
            "training for customer service at basic computer comma ayaw na niya sa online selling",
            {"call_centre", "customer_service", "basic_computer"},
        ),
        (
            "gusto ko po magtinda ng ulan sa palengke parang karinderya kasi magaling po ako "
            "magluto kaya gusto ko po sariling puwesto ko",
            {"cooking", "market_trading", "own_business"},
        ),
        (
            "Gusto kong matutong manahi ng damit gamit ang makina para makapagtrabaho sa patahian.",
            {"sewing", "sewing_machine_operation", "tailoring"},
        ),
        (
            "Gusto kong magtrabaho sa hotel bilang housekeeping at matuto rin ng first aid.",
            {"housekeeping", "first_aid"},
        ),
    ],
    # entries 7 and 8: plain controls
    "km": [
        (
            "អឺ ខ្ញុំចង់រៀនដើរខោអាវ អឺ អត់ទេ ដេរខោអាវ ចឹង ចង់បើកហាងកាត់ដេរតូចមួយនៅភូមិ "
            "ព្រោះម៉ាក់ខ្ញុំក៏ចេះដេរដែរ មិនចង់ធ្វើរោងចក្រកាត់ដេរទៀតទេ",
            {"sewing", "tailoring", "own_business"},
        ),
        (
            "ចឹង នាងខ្ញុំចង់រៀនកាត់សាក់ អឺ កាត់សក់ ធ្វើសក់ ហើយផាត់មុខកូនក្រមុំ ចឹងណា ធ្វើការនៅហាងសម្អាង",
            {"hairdressing", "makeup"},
        ),
        (
            "អឺ ខ្ញុំចង់ទៅស្រុកវិញ ចិញ្ចឹមមាន ចិញ្ចឹមជ្រូក ចឹង ហើយជួយប៉ាធ្វើស្រែ មិនចង់ទៅធ្វើការនៅថៃទៀតទេ",
            {"livestock", "rice_farming"},
        ),
        (
            "អឺ ខ្ញុំចង់ធ្វើជាងសំណាង ចឹង រៀនរៀបឥដ្ឋ បូកស៊ីម៉ង់ត៍ ក្រាលការ៉ូ តែមិនចង់ឡើងលើខ្ពស់ៗទេ ខ្លាច",
            {"bricklaying", "construction"},
        ),
        (
            "កំណត់ត្រា អតិថិជនស្រី អាយុ ម្ភៃមួយ ឆ្នាំ អឺ ចង់រៀនកុំព្យូទ័រ Word Excel វាយអក្សរ ចឹង "
            "ដើម្បីធ្វើការងារការិយាល័យ បញ្ចូលទិន្នន័យ ខណ្ឌ មិនចង់ធ្វើការនៅខារ៉ាអូខេទៀតទេ",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        ("ខ្ញុំចង់ធ្វើចុងភៅ អឺ អត់ទេ ខ្ញុំចង់ធ្វើនំ នំខេក នំប៉័ង ចឹង រៀនដុតនំ 3 ខែ ហើយធ្វើការនៅហាងនំ", {"baking"}),
        ("ខ្ញុំចង់រៀនបើកបររថយន្ត និងប្រឡងយកប័ណ្ណបើកបរ ដើម្បីធ្វើជាអ្នកបើកឡាន។", {"driving", "driving_licence"}),
        (
            "ខ្ញុំចង់ធ្វើការនៅសណ្ឋាគារ ជាបុគ្គលិកផ្នែកទទួលភ្ញៀវ ហើយចង់រៀនភាសាអង់គ្លេសបន្ថែម។",
            {"front_desk", "english_conversation"},
        ),
    ],
    # entries 7 and 8: plain controls
    "my": [
        (
            "ဟိုလေ ကျွန်မ ဆန်ပင်ညှပ်တာ သင်ချင်တယ် အဲ့ဒါ ဆံပင်ညှပ်တာလေ အလှပြင်ဆိုင်မှာ အလုပ်လုပ်ချင်တယ် စက်ရုံ ပြန်မသွားချင်တော့ဘူး",
            {"hairdressing"},
        ),
        (
            "အဲ့ဒါ ကျွန်မ စားဖိုမှူး လုပ်ချင်တယ် မဟုတ်ဘူး မဟုတ်ဘူး ကိတ်မုန်းဖုတ်တာ ပေါင်မုန့်ဖုတ်တာ သင်ချင်တာ မုန့်ဆိုင်မှာ လုပ်ချင်တယ်",
            {"baking"},
        ),
        ("ဟိုလေ ရွာပြန်ပြီး ကျက်မွေးချင်တယ် ဝက်လည်း မွေးချင်တယ် အဲ့ဒါ တိရစ္ဆာန်ဆေး ထိုးတာလည်း သင်ချင်တယ်", {"livestock"}),
        (
            "ကျွန်တော် ဖုန်ပြင်တာ သင်ချင်တယ် ဟိုလေ ဖုန်းပြင်တာ စခရင် လဲတာ ဘက်ထရီ လဲတာ အဲ့ဒါ နောက်ကျ ကိုယ်ပိုင် ဖုန်းဆိုင် ဖွင့်ချင်တယ်",
            {"phone_repair", "own_business"},
        ),
        (
            "မှတ်စု ဝန်ဆောင်မှုခံယူသူ အမျိုးသမီး အသက် နှစ်ဆယ့် 5 နှစ် အဲ့ဒါ သူနာပြုအကူ သင်တန်း "
            "တက်ချင်တယ် သက်ကြီးရွယ်အို စောင့်ရှောက်တဲ့ အလုပ် လုပ်ချင်တယ် ပုဒ်မ ငါးစက်ရုံ "
            "ပြန်မလုပ်ချင်ဘူး",
            {"elder_care", "health_care_support"},
        ),
        (
            "ဟိုလေ ဆိုင်ကယ်နဲ့ ဒယ်လီဗာရီ ပို့တဲ့ အလုပ် လုပ်ချင်တယ် အစားအသောက် ပို့တာ အဲ့ဒါ လိုင်းစင် မရှိသေးဘူး လိုင်စင်လည်း ဖြေချင်တယ်",
            {"delivery", "driving_licence"},
        ),
        ("ကျွန်မ အပ်ချုပ်သင်တန်း တက်ပြီး အပ်ချုပ်ဆိုင်မှာ အလုပ်လုပ်ချင်ပါတယ်။", {"sewing", "tailoring"}),
        ("ကျွန်တော် ကွန်ပျူတာ အခြေခံ သင်ယူပြီး ရုံးအလုပ် လုပ်ချင်ပါတယ်။", {"basic_computer", "office_admin"}),
    ],
    # entries 7 and 8: plain controls (7 Cantonese, 8 Mandarin)
    "zh": [
        (
            "嗯我想學局餅 即係整蛋糕 麵包嗰啲咁樣 唔係 唔係煮飯 "
            "係焗餅呀 之後想喺餅店做 唔想再返工廠喇",
            {"baking"},
        ),
        (
            "嗯 那个 我想学开车 考个假照 然后去开网约车 或者 送外卖也行 嗯 就是不想再去工地了",
            {"driving", "driving_licence", "delivery"},
        ),
        (
            "嗯我想做美夾 即係整指甲嗰啲 同埋學化裝 咁樣 之後開間細細嘅鋪頭",
            {"nail_care", "makeup", "own_business"},
        ),
        (
            "嗯 那个 我想学电焊 不是不是 是电工 就是装电线 接茶座 那种 在家里装灯",
            {"electrical_wiring"},
        ),
        (
            "個案 廿四歲 女 嗯 想報讀護老課程 即係照顧老人家 同埋學吉救 逗號 唔想再做住家工",
            {"elder_care", "first_aid"},
        ),
        (
            "嗯 就是 我想开个往店 在网上卖衣服 嗯 还想学拍照 剪视屏 那种 发抖音",
            {"online_selling", "photography", "graphic_design"},
        ),
        ("我想喺酒店做房務，執房同埋洗熨衫褲。", {"housekeeping", "laundry_ironing"}),
        ("我想学英语口语，以后当导游带外国游客。", {"english_conversation", "tour_guiding"}),
    ],
}

#: The twenty-ninth set, held out until the thirtieth was written (session 33); written
#: blind in session 32 by a writer given only the concept ids and their English labels (not
#: the vocabulary's terms, its tests or the earlier sets). Its theme: people writing in a
#: language that is not their first (a Burmese or Cambodian migrant in Thai, a Filipino
#: helper in English or Cantonese, a Karen speaker in Burmese, a Cham speaker in Khmer, a
#: Bisaya speaker in Tagalog, an officer's notes in English): broken grammar, missing or wrong
#: tone marks, phonetic spelling, words of their own language or English inside, spaces
#: between every word; five such a language and three plain native entries as a control; 83
#: concepts. Committed before its first run: its first run's figures are the ones that count.
SEEN_TWENTY_NINTH: Phrases = {
    "en": [
        (
            "I am helper in Hong Kong already 6 years, I take care the mother of my employer, she "
            "is 89. When I go back Philippines I want to take caregiver course and work in home "
            "for the aged, not anymore housekeeping.",
            {"elder_care", "health_care_support"},
        ),
        (
            "client interest motor repair. she say before she help her uncle fix moto in village "
            "and she like it. want short course mechanic, later maybe open small shop near market",
            {"automotive_repair", "engine_maintenance", "motorbike_repair"},
        ),
        ("me want learn make cake and bread. no factory", {"baking"}),
        (
            "I can speak Burmese, Karen, Thai and little bit english. I want work translater for "
            "help my people when they go hospital or police station, they cannot talk Thai.",
            {"languages_translation", "translation_interpreting"},
        ),
        (
            "Beneficiary express interesting to work in hotel at the counter, welcome guest and "
            "do check in check out. She speak english quite good but need to train computer first.",
            {"basic_computer", "front_desk", "hospitality"},
        ),
        (
            "I'd like to train as an electrician: wiring houses, fitting sockets and lights. I've "
            "done labouring on building sites but I want a proper trade now.",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "Looking for warehouse work, picking and packing orders. Happy to get my forklift "
            "ticket if the company pays for it.",
            {"forklift_operation", "logistics_warehouse", "packing"},
        ),
        (
            "Really into photography and editing videos, would love to do wedding shoots or "
            "social media content for small businesses.",
            {"creative_media", "graphic_design", "photography"},
        ),
    ],
    "th": [
        (
            "ฉัน อยาก เรียน ตัดพม ทำสีพม นะค่ะ แล้ว เปิดร้าน เล็กๆ เอง ที่ บ้าน",
            {"hairdressing", "own_business"},
        ),
        (
            "ผมเคยทำงานก่อสาง ก่ออิด ฉาบปูนได้ อยากทำงานช่างปูนต่อ อยากได้บัดช่างด้วย",
            {"bricklaying", "construction"},
        ),
        ("อยากขับลดส่งของ ยังไม่มีไบขับขี่", {"delivery", "driving_licence", "transport_delivery"}),
        (
            "หนูเคยทำงานโรงงานปา ไม่อยากกับไปแล้ว อยากเรียนนวดแผนไท นวดเท้า ทำงานร้านสปา",
            {"beauty_wellness", "massage"},
        ),
        (
            "อยากทำงาน ที่ คน เอา ลูก เล็กๆ มา ฝาก ตอนกลางวัน พ่อแม่ไปทำงาน ชั้นชอบเด็ก เลี้ยงน้อง มา หลายคน "
            "แล้ว",
            {"childcare"},
        ),
        (
            "มีความประสงค์เข้ารับการอบรมหลักสูตรการบัญชีเบื้องต้น เพื่อนำไปประกอบอาชีพด้านงานธุรการในสำนักงาน",
            {"accounting_basics", "office_admin"},
        ),
        (
            "อยากปลูกผักปลอดสารไปขายที่ตลาดนัดค่ะ ที่บ้านมีที่ดินของแม่อยู่แล้ว",
            {"market_trading", "vegetable_growing"},
        ),
        (
            "สนใจงานตัดเย็บเสื้อผ้าตามสั่งครับ เคยใช้จักรอุตสาหกรรมในโรงงานมาก่อน แต่อยากเปิดเป็นร้านของตัวเอง",
            {"own_business", "sewing", "tailoring"},
        ),
    ],
    "vi": [
        (
            "em muon hoc theu va det vai tho cam, lam tui lam ao ban cho khach du lich o Sa Pa",
            {"handicrafts", "weaving"},
        ),
        (
            "Tôi biết nuôi cá nuôi tôm ở nhà, muốn làm ao tôm lớn hớn, cần đi học kỷ thuật nuôi "
            "tôm đở bị bệnh.",
            {"fish_farming", "fishing_aquaculture"},
        ),
        ("em muon lam nail, sơn móng tay. ko lam nha may nua", {"beauty_wellness", "nail_care"}),
        (
            "em biết nói tiếng Trung, tiếng Mông, tiếng Kinh thì it thôi. muốn làm phien dich cho "
            "người đi chơ ở biên giới, hoặc học thêm tiếng Trung cho giỏi",
            {"chinese_language", "languages_translation", "translation_interpreting"},
        ),
        (
            "Chị ấy thít nấu ăn, muốn đi học làm đầu bếp cho nhà hàng hoặc khách sạn. Không muống "
            "làm ruộng nửa.",
            {"cooking", "food_service"},
        ),
        (
            "Mình muốn học pha chế cà phê với trà sữa, sau này mở một quán nho nhỏ.",
            {"barista", "coffee", "own_business"},
        ),
        (
            "Tôi có nguyện vọng tham gia khóa đào tạo nghề hàn để làm việc tại các xưởng cơ khí.",
            {"welding"},
        ),
        (
            "Em thích làm việc với máy tính, muốn học tin học văn phòng rồi xin vào làm nhập liệu.",
            {"basic_computer", "computers", "data_entry"},
        ),
    ],
    "tl": [
        (
            "Gusto ko mag-alaga ng baboy ug manok sa farm, kay naa mi gamay na lupa sa probinsya. "
            "Dili na ko mag factory.",
            {"agriculture", "livestock"},
        ),
        (
            "Ako gusto matuto tahi damit, yung malong din, para benta ko sa palengke",
            {"market_trading", "sewing", "tailoring"},
        ),
        (
            "gusto nako yung trabaho na mag ayos ng cellphone na guba, ilis screen, battery ganun",
            {"phone_repair"},
        ),
        ("Security guard lang po, naa na koy training", {"security_services"}),
        (
            "Dati akong DH sa Saudi, ayaw ko na mag abroad. Gusto ko mag negosyo ug karinderya "
            "diri sa amoa, pero kailangan ko pa matuto mag budget ug mag ipon kay dali ra mahurot "
            "ang kwarta",
            {"financial_literacy", "food_service", "own_business"},
        ),
        (
            "Gusto kong mag-aral ng housekeeping para makapagtrabaho sa hotel o resort.",
            {"hospitality", "housekeeping"},
        ),
        (
            "Interested po ako mag-apply sa call center, okay naman English ko at kaya ko ang "
            "night shift.",
            {"call_centre", "customer_service"},
        ),
        (
            "Nais kong maging tutor ng mga bata sa Math at English, o kaya magturo sa daycare sa "
            "aming barangay.",
            {"education", "teaching"},
        ),
    ],
    "km": [
        ("ខ្ញុំ ចង់ លក់ នំ និង បាយ ហាឡាល់ នៅ ផ្សា ។ ខ្ញុំ ចេះ ធ្វើ មហូប ចាម", {"cooking", "market_trading"}),
        (
            "ខ្ញុំ ចង់ រៀន ជួសជល ឡាន ជួសជល ម៉ាស៊ីន ។ ចង់ ធ្វើការ ហាង ជួសជល ឡាន",
            {"automotive_repair", "car_repair", "engine_maintenance"},
        ),
        ("ខ្ញុំ ធ្វើ ស្រែ នៅ ភូមិ ចង់ រៀន ដាំ ស្រូ អោយ បាន ច្រើន ជាង មុន", {"agriculture", "rice_farming"}),
        ("ខ្ញុំ ចង់ ធ្វើការ កន្លែង ដែល គេ បោក ខោអាវ អោយ ភ្ញៀវ ហើយ អ៊ុត ផង", {"laundry_ironing"}),
        ("ពីមុន ដេរ ខោអាវ រោងចក្រ ។ ឥលូវ ចង់ ធ្វើ QC ពិនិត្យ ខោអាវ មិន ចង់ ដេរ ទៀត", {"quality_control"}),
        (
            "ខ្ញុំចង់ក្លាយជាមគ្គុទ្ទេសក៍ទេសចរណ៍នៅសៀមរាប ព្រោះខ្ញុំចូលចិត្តប្រវត្តិសាស្ត្រប្រាសាទអង្គរ "
            "ហើយចង់ហ្វឹកហាត់និយាយភាសាអង់គ្លេសឱ្យបានល្អ។",
            {"english_conversation", "tour_guiding", "tourism"},
        ),
        (
            "បងចង់រៀនធ្វើសក់ និងផាត់មុខកូនក្រមុំ សម្រាប់ពិធីមង្គលការ។",
            {"beauty_wellness", "hairdressing", "makeup"},
        ),
        (
            "ខ្ញុំចង់រៀនធ្វើគ្រឿងអលង្ការ និងខ្សែដៃពីអង្កាំ ដើម្បីលក់តាមហ្វេសប៊ុក។",
            {"jewellery_making", "online_selling"},
        ),
    ],
    "my": [
        (
            "ကျမ ဆေးခန်းမာ သူနာပြုအကူ လုပ်ချင်ပါတယ် ရှေးဦးသူနာပြု သင်တန်း လဲ တက်ချင်",
            {"first_aid", "health_care_support"},
        ),
        (
            "ပန်း စိုက် ချင် တယ် ။ ပန်းခြံ မာ အလုပ် လုပ် ချင် ။ ပန်း ရောင်း လဲ ရောင်း ချင် တယ်",
            {"gardening", "selling"},
        ),
        ("လက်သမား အလုပ် သင်ချင် ပါ တယ် ။ သစ်သား နဲ့ ကုလားထိုင် စားပွဲ လုပ် တက် ချင်", {"carpentry"}),
        ("အိမ်ဆေးသုတ် အလုပ် ရှာ နေ တယ်", {"house_painting"}),
        (
            "ကျမ ပုံဆွဲ ရ တာ ကြိုက် တယ် ။ drawing class တက် ပြီး ပုံ တွေ ရောင်း ချင် ။ စက်ရုံ အလုပ် မ ကြိုက်",
            {"creative_media", "drawing_painting"},
        ),
        (
            "စားသောက်ဆိုင်မှာ စားပွဲထိုးအလုပ် လုပ်ချင်ပါတယ်။ အရက်ဆိုင်၊ ကာရာအိုကေတော့ မလုပ်ချင်ပါဘူး။",
            {"food_service", "table_service"},
        ),
        ("အင်္ဂလိပ်စကားပြော သင်တန်းတက်ပြီး ဟိုတယ်မှာ အလုပ်လုပ်ချင်ပါတယ်။", {"english_conversation", "hospitality"}),
        ("ကုန်တိုက်မှာ အရောင်းဝန်ထမ်း ဒါမှမဟုတ် ငွေကိုင် အလုပ်လုပ်ချင်ပါတယ်။", {"cashier", "retail_sales"}),
    ],
    "zh": [
        ("我想 learn 煮野食，去餐廳廚房做，唔想再做 helper 啦", {"cooking", "food_service"}),
        (
            "我在中國工廠做過衣服，會用車衣機。現在想学裁剪，自己做衣服賣",
            {"pattern_cutting", "tailoring"},
        ),
        ("我鍾意整cake, 想學 baking 去麵包舖做", {"baking"}),
        (
            "我有車牌，想揸電單車送外賣，foodpanda 嗰種，或者送速遞都得",
            {"delivery", "transport_delivery"},
        ),
        (
            "我想做 office 工，打字、入 data、影印文件嗰啲，唔係做清潔",
            {"data_entry", "office_admin"},
        ),
        ("希望報讀IT支援課程，將來做電腦維修同網絡設定嘅工作。", {"computers", "it_support"}),
        ("我想做社工助理，幫吓同鄉姊妹，唔想再返酒吧。", {"community_work", "helping_others"}),
        (
            "想去食品廠返工，做包裝都得。如果要考食物衞生證書，我都願意去讀。",
            {"food_hygiene", "food_processing", "packing"},
        ),
    ],
}


#: The twenty-eighth set, held out until the twenty-ninth was written (first run in
#: session 31: en 1.00, th 0.95, vi 1.00, tl 0.88, km 0.86, my 0.88, zh 1.00; its misses
#: mended then). Written blind in session 31 by a writer given only the concept ids and their
#: English labels (not the vocabulary's terms, its tests or the earlier sets). Its theme: a
#: realistic mix, one entry a language of each style the earlier sets took one at a time
#: (plain wishes, long hesitant tellings, officers' notes, terse entries, pasted intake forms,
#: talents, phone typing, a course wished with a limit); 86 concepts.
SEEN_TWENTY_EIGHTH: Phrases = {
    "en": [
        (
            "I want to learn how to fix motorbikes and one day open my own small repair shop.",
            {"motorbike_repair", "own_business"},
        ),
        (
            "Um… I don't really know what to say. Before, I was on a fishing boat for almost "
            "three years, we worked night and day and I don't like to remember it. After that I "
            "just stayed home helping my aunt. She makes bread sometimes and I help her with the "
            "dough… I think maybe I would like to work in a bakery, making bread and cakes, if "
            "that is possible.",
            {"baking"},
        ),
        (
            "Client says she was trafficked to a karaoke bar in Johor and does not want any work "
            "in bars, karaoke or anywhere serving alcohol. She is interested in hotel work, "
            "cleaning rooms and making beds; she did this at home for her family.",
            {"hospitality", "housekeeping"},
        ),
        ("Forklift / warehouse", {"forklift_operation", "logistics_warehouse"}),
        (
            "Past work: palm oil plantation (Sabah), 4 yrs\nEducation: Grade 6\nGoal: security "
            "guard at a mall or condo\nBarriers: no ID card yet\nNotes: fit, disciplined, night "
            "shifts OK",
            {"security_services"},
        ),
        (
            "Everyone at the shelter asks me to cut and style their hair, even the staff. I think "
            "I could do it as a job.",
            {"hairdressing"},
        ),
        (
            "want to do food delivery got a bike but no licence yet can u help me get 1",
            {"delivery", "driving_licence"},
        ),
        (
            "I'd like to do a course in caring for old people or first aid, but only in the "
            "mornings because I pick up my son from school at 2.",
            {"elder_care", "first_aid"},
        ),
    ],
    "th": [
        ("อยากเปิดร้านกาแฟเล็กๆ ของตัวเองค่ะ ชอบชงกาแฟมาก", {"barista", "coffee", "own_business"}),
        (
            "เอ่อ... หนูไม่รู้จะพูดยังไงดีค่ะ ก่อนหน้านี้หนูทำงานแกะกุ้งที่โรงงานแถวมหาชัย ยืนทั้งวัน มือเปื่อยหมด "
            "เขาไม่ให้ออกไปไหนเลย... ตอนนี้ก็ยังเหนื่อยๆ อยู่ แต่ถ้าเป็นไปได้ หนูอยากเย็บผ้า ตัดเสื้อผ้าอยู่กับบ้านค่ะ "
            "แม่เคยสอนให้นิดหน่อย",
            {"sewing", "tailoring"},
        ),
        (
            "ผู้รับบริการแจ้งว่าถูกบังคับทำงานบนเรือประมงนอกน่านน้ำอินโดนีเซียนานสองปี "
            "ยืนยันว่าจะไม่กลับไปทำงานประมงหรือทำงานบนเรืออีก ต้องการฝึกเป็นช่างไฟฟ้า เดินสายไฟในบ้าน",
            {"electrical_wiring", "electrical_work"},
        ),
        ("นวดแผนไทย สปา", {"beauty_wellness", "massage"}),
        (
            "งานเดิม: แม่บ้าน (กรุงเทพฯ) ไม่ได้รับค่าจ้าง\nการศึกษา: ม.3\nเป้าหมาย: พนักงานร้านสะดวกซื้อ / "
            "แคชเชียร์\nอุปสรรค: ยังไม่มีบัตรประชาชน\nหมายเหตุ: คิดเลขเร็ว",
            {"cashier", "retail_sales"},
        ),
        (
            "ใครได้กินส้มตำกับแกงที่ฉันทำก็ชมว่าอร่อย เพื่อนๆ ชอบให้ทำกับข้าวให้ตลอด อยากไปทำงานในร้านอาหารค่ะ",
            {"cooking", "food_service"},
        ),
        ("อยากขายของออนไลน์ค่ะ ไลฟ์ขายเสื้อผ้าในเฟส มีมือถือแล้วแต่ยังไม่รู้จะเริ่มไงอ่ะ555", {"online_selling"}),
        (
            "อยากเรียนคอมพิวเตอร์เบื้องต้น พิมพ์งาน ใช้อีเมล แต่วันธรรมดาต้องทำงาน เรียนได้แค่เสาร์อาทิตย์ค่ะ",
            {"basic_computer"},
        ),
    ],
    "vi": [
        ("Em muốn học làm móng tay để đi làm ở tiệm nail.", {"beauty_wellness", "nail_care"}),
        (
            "Dạ... em cũng không biết nói sao nữa. Hồi trước em làm ở lò gạch bên Campuchia, nóng "
            "lắm, làm từ sáng tới tối mà không được trả tiền, còn bị giữ giấy tờ... Giờ em về quê "
            "rồi, nhà còn chút đất. Chắc là... em muốn nuôi heo, nuôi gà, chăm sóc con vật thì em "
            "thích.",
            {"livestock"},
        ),
        (
            "Khách hàng cho biết đã bị lừa sang một khu casino ở Sihanoukville, bị ép làm việc "
            "trong sòng bạc. Anh kiên quyết không làm gì liên quan đến cờ bạc hay casino nữa. Anh "
            "muốn học lấy bằng lái xe B2 để làm tài xế.",
            {"driving", "driving_licence", "transport_delivery"},
        ),
        ("Thợ hàn, cơ khí", {"welding"}),
        (
            "Công việc trước đây: công nhân xưởng may ở Trung Quốc (bị giữ lương)\nTrình độ: lớp "
            "12\nMục tiêu: làm kế toán, nhân viên văn phòng\nKhó khăn: chưa dùng máy tính nhiều",
            {"accounting_basics", "office_admin"},
        ),
        (
            "Ai cũng khen em chụp ảnh đẹp, đám cưới trong xóm toàn nhờ em chụp. Em muốn làm thợ "
            "chụp ảnh.",
            {"creative_media", "photography"},
        ),
        ("e mun lam cong viec cham soc em be trong tre o nha tre dc ko a", {"childcare"}),
        (
            "Em muốn học tiếng Anh giao tiếp nhưng chỉ học được buổi tối sau 8h vì ban ngày phải "
            "ở nhà trông con nhỏ.",
            {"english_conversation", "language_learning"},
        ),
    ],
    "tl": [
        ("Gusto kong magtinda ng ulam at kakanin sa palengke.", {"cooking", "market_trading"}),
        (
            "Ah... hindi ko po alam kung paano sisimulan. Dati po akong nag-DH sa Saudi, tatlong "
            "taon, hindi ako pinapalabas ng amo ko, kinuha pa nila passport ko... Ngayon nandito "
            "na ako, medyo okay na. Siguro po... gusto ko sanang magtrabaho sa call center, kasi "
            "marunong naman po ako mag-English.",
            {"call_centre", "customer_service"},
        ),
        (
            "Ayon sa client, na-traffic siya sa isang scam hub sa Cambodia at pinilit magtrabaho "
            "sa online casino. Ayaw na niya ng kahit anong trabaho sa casino, POGO o online "
            "gambling. Gusto niyang maging caregiver ng matatanda, tulad ng pag-aalaga niya sa "
            "lola niya.",
            {"domestic_care_work", "elder_care"},
        ),
        ("Tour guide, Palawan", {"tour_guiding", "tourism"}),
        (
            "Dating trabaho: fishing vessel (Taiwan), 2 taon\nEdukasyon: HS graduate\nLayunin: "
            "karpintero / gumawa ng furniture\nHadlang: walang sariling tools, malayo sa bayan",
            {"carpentry"},
        ),
        (
            "Lagi akong pinapakiusapan ng mga kapitbahay na mag-make up sa mga kasal at debut. "
            "Gusto ko sanang gawin 'yan bilang trabaho.",
            {"beauty_wellness", "makeup"},
        ),
        (
            "sana mkpg aral aq ng cp repair hilig q tlga kumalikot ng cellphone hehe",
            {"phone_repair"},
        ),
        (
            "Gusto ko sanang kumuha ng Computer Systems Servicing NC II sa TESDA pero malayo yung "
            "training center sa amin, 2 oras ang byahe at wala akong pamasahe araw-araw.",
            {"computers", "it_support"},
        ),
    ],
    "km": [
        ("ខ្ញុំចង់ដាំបន្លែ ហើយយកទៅលក់។", {"selling", "vegetable_growing"}),
        (
            "អឺ... ខ្ញុំមិនដឹងនិយាយយ៉ាងម៉េចទេ។ ពីមុនខ្ញុំធ្វើការនៅការដ្ឋានសំណង់នៅថៃ លើកបាវស៊ីម៉ងត៍ធ្ងន់ៗ "
            "ពេលខ្លះគេមិនឲ្យលុយទេ... ឥឡូវខ្ញុំនៅផ្ទះជាមួយម្ដាយ។ ម្ដាយខ្ញុំចេះត្បាញសូត្រ។ ប្រហែលជា... ខ្ញុំចង់រៀនត្បាញក្រមា "
            "និងសូត្រ ដូចម្ដាយខ្ញុំ។",
            {"handicrafts", "weaving"},
        ),
        (
            "អតិថិជនប្រាប់ថា នាងត្រូវបានគេបង្ខំឲ្យធ្វើការនៅកាស៊ីណូមួយនៅក្រុងព្រះសីហនុ។ នាងមិនចង់ធ្វើការនៅកាស៊ីណូ "
            "ឬកន្លែងល្បែងស៊ីសងទៀតទេ។ នាងចង់ធ្វើជាជំនួយការគ្រូបង្រៀននៅសាលាបឋមសិក្សា។",
            {"education", "teaching"},
        ),
        ("ជាងជួសជុលឡាន", {"automotive_repair", "car_repair"}),
        (
            "ការងារពីមុន៖ កម្មករចម្ការអំពៅ (ថៃ)\nការសិក្សា៖ ថ្នាក់ទី៥\nគោលដៅ៖ ចិញ្ចឹមត្រីនៅស្រះក្បែរផ្ទះ\nឧបសគ្គ៖ "
            "គ្មានដើមទុន",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "អ្នកភូមិតែងតែសុំឲ្យខ្ញុំដោតខ្សែដៃ និងខ្សែក ពីអង្កាំ ពេលមានពិធីបុណ្យ។ គេសរសើរថាស្អាតណាស់។ "
            "ខ្ញុំចង់ធ្វើវាជាការងារ។",
            {"jewellery_making"},
        ),
        ("ញ៉ុមចង់ទៅធ្វើស្រែនៅស្រុកវិញបង អត់ចង់ទៅថៃទៀតទេ ok អត់", {"agriculture", "rice_farming"}),
        (
            "ខ្ញុំចង់រៀនភាសាចិន ប៉ុន្តែខ្ញុំអាចរៀនបានតែពីរម៉ោងក្នុងមួយថ្ងៃប៉ុណ្ណោះ ព្រោះត្រូវមើលថែម្ដាយដែលឈឺ។",
            {"chinese_language", "language_learning"},
        ),
    ],
    "my": [
        ("ကျွန်မ ပန်းပင်တွေ စိုက်ပြီး ပန်းခြံမှာ အလုပ်လုပ်ချင်ပါတယ်။", {"gardening"}),
        (
            "အင်း... ဘယ်လိုပြောရမလဲ မသိဘူး။ အရင်က ကျွန်တော် ဖားကန့်က ကျောက်စိမ်းတွင်းမှာ အလုပ်လုပ်ခဲ့တယ်။ အရမ်းပင်ပန်းတယ်၊ "
            "ပိုက်ဆံလည်း မရဘူး... အခုတော့ ရွာမှာ ပြန်နေတယ်။ ဖြစ်နိုင်ရင်... အုတ်စီတာ၊ အင်္ဂတေကိုင်တာ သင်ပြီး ဆောက်လုပ်ရေးမှာ "
            "လုပ်ချင်ပါတယ်။",
            {"bricklaying", "construction"},
        ),
        (
            "အမှုသည်က မဲဆောက်က အထည်ချုပ်စက်ရုံမှာ အတင်းအကျပ် ခိုင်းစေခံခဲ့ရတယ်လို့ ပြောပါတယ်။ အထည်ချုပ်စက်ရုံ အလုပ် ပြန်မလုပ်ချင်ပါ။ "
            "စားသောက်ဆိုင်မှာ စားပွဲထိုး လုပ်ချင်ပါတယ်။",
            {"food_service", "table_service"},
        ),
        ("ဘာသာပြန်", {"languages_translation", "translation_interpreting"}),
        (
            "ယခင်အလုပ်: ငါးဖမ်းလှေ (ထိုင်း)\nပညာအရည်အချင်း: ၈ တန်း\nရည်မှန်းချက်: အိမ်ဆေးသုတ်ဆရာ\nအခက်အခဲ: မှတ်ပုံတင် မရှိသေး",
            {"house_painting"},
        ),
        (
            "သူငယ်ချင်းတွေက ကျွန်မကို ပုံဆွဲပေးဖို့ အမြဲခိုင်းကြတယ်။ ပုံဆွဲတာ လှတယ်လို့ ချီးကျူးကြတယ်။ ပန်းချီဆွဲတဲ့ အလုပ် လုပ်ချင်တယ်။",
            {"creative_media", "drawing_painting"},
        ),
        ("ဟိုတယ်ကောင်တာမှာလုပ်ချင်တယ် အင်္ဂလိပ်လိုနည်းနည်းပြောတတ်တယ် ရလားဟင်", {"front_desk", "hospitality"}),
        (
            "ကွန်ပျူတာ စာရိုက်တာ သင်ချင်ပါတယ်။ ဒါပေမဲ့ နေ့ဘက် ဆိုင်မှာ အလုပ်လုပ်ရလို့ ညနေ ၆ နာရီနောက်ပိုင်းပဲ တက်နိုင်ပါတယ်။ "
            "သင်တန်းကျောင်းကလည်း အရမ်းဝေးတယ်။",
            {"basic_computer", "data_entry"},
        ),
    ],
    "zh": [
        ("我想做清潔工作，例如商場或者寫字樓清潔。", {"cleaning_services"}),
        (
            "嗯……我都唔知點講好。以前我喺一間餐廳廚房做，日日做十幾個鐘，老闆收埋我張身份證，唔畀"
            "我走……而家住喺庇護中心，社工好幫手。我諗……如果可以嘅話，我想將來都做社工助理，幫返其"
            "他同我一樣嘅人。",
            {"community_work", "helping_others"},
        ),
        (
            "個案表示曾被帶到澳門一間夜總會，被迫陪酒。個案清楚表示唔會再做任何酒吧、夜總會或者賣"
            "酒嘅工作。有興趣喺食品廠做包裝。",
            {"food_processing", "packing"},
        ),
        ("車衣、紙樣", {"pattern_cutting", "sewing_machine_operation"}),
        (
            "過往工作：漁船（台灣遠洋）\n學歷：中三\n目標：工廠品質檢查（QC）\n障礙：未有香港身份"
            "證、廣東話一般",
            {"manufacturing", "quality_control"},
        ),
        ("宿舍啲人成日叫我幫佢哋摺衫熨衫，話我熨得好企理。我想去洗衣舖做嘢。", {"laundry_ironing"}),
        ("想返電子廠做裝嘢 時間穩定d 唔使捱夜 得唔得呀", {"assembly", "manufacturing"}),
        (
            "我想讀食物衛生證書課程，之後去餐廳做，不過我要三點接個仔放學，淨係得朝早得閒。",
            {"food_hygiene", "food_service"},
        ),
    ],
}


#: The twenty-seventh set, held out until the twenty-eighth was written (first run in
#: session 31: en 0.71, th 0.63, vi 0.80, tl 0.75, km 0.88, my 0.75, zh 0.75; its misses
#: mended then). Written blind in session 31 by a writer given only the concept ids and their
#: English labels (not the vocabulary's terms, its tests or the earlier sets). Its theme:
#: semi-structured intake
#: notes, the form's labels copied into the field ("Interests: … Past work: … Goal: …
#: Barriers: …"), in the local language or in English inside it; past work, often
#: exploitative, and what is not wanted are not among the concepts wanted. Committed before
#: its first run; its first run's figures are the ones that count.
SEEN_TWENTY_SEVENTH: Phrases = {
    "en": [
        (
            "Past work: crew on fishing boat, Thai waters (forced labour, 2 yrs)\nInterests: "
            "fixing engines, motorbikes\nGoal: job in a motorbike repair shop",
            {"automotive_repair", "motorbike_repair"},
        ),
        (
            "Previous employment: karaoke bar 'hostess' (trafficked). Aspiration: open own small "
            "nail salon. Needs: start-up capital, childcare.",
            {"beauty_wellness", "nail_care", "own_business"},
        ),
        (
            "Past work: brick kiln with family (debt bondage) | Goal: security guard in Phnom "
            "Penh | Barriers: no ID card yet",
            {"security_services"},
        ),
        (
            "Goal: take barista course then work in a café; Hobbies: coffee, meeting people; "
            "Barriers: transport cost",
            {"barista", "coffee", "food_service"},
        ),
        (
            "Plan: enrol in basic bookkeeping course, wants to do accounts for a small office. "
            "Past work: domestic worker in Malaysia. Needs: evening classes.",
            {"accounting_basics", "office_admin"},
        ),
        (
            "Goal: hotel housekeeping (room attendant)\nDoes not want: garment factory ever "
            "again\nNeeds: accommodation near work",
            {"hospitality", "housekeeping"},
        ),
        (
            "Skills: very good at sewing, used industrial machines for 3 yrs. Goal: food/parcel "
            "delivery rider with own motorbike. Barriers: no driving licence.",
            {"delivery", "transport_delivery"},
        ),
        (
            "- Interests: drawing, making videos on phone\n- Past work: scam compound (forced)\n- "
            "Goal: graphic design / video editing work\n- Referral: digital skills programme",
            {"creative_media", "graphic_design"},
        ),
    ],
    "th": [
        (
            "งานเดิม: แกะกุ้งในโรงงานที่มหาชัย (ถูกยึดบัตร ไม่ได้ค่าจ้าง)\nเป้าหมาย: กลับบ้านไปปลูกผักขาย\nอุปสรรค: "
            "ไม่มีที่ดินของตัวเอง",
            {"agriculture", "vegetable_growing"},
        ),
        (
            "ประวัติการทำงาน: เด็กเสิร์ฟร้านคาราโอเกะ; ความสนใจ: ดูแลคนแก่ เคยดูแลยายที่บ้าน; เป้าหมาย: "
            "เป็นผู้ช่วยดูแลผู้สูงอายุในโรงพยาบาล",
            {"elder_care", "health_care_support"},
        ),
        (
            "งานที่เคยทำ: กรรมกรก่อสร้าง แบกปูน | เป้าหมาย: ขับรถส่งของ (มีใบขับขี่แล้ว) | ความต้องการ: งานที่มีที่พัก",
            {"driving", "transport_delivery"},
        ),
        (
            "เป้าหมาย: อยากเรียนหลักสูตรนวดแผนไทย 150 ชั่วโมง แล้วไปทำงานร้านสปา. งานอดิเรก: ดูแลสุขภาพ",
            {"beauty_wellness", "massage"},
        ),
        (
            "ความต้องการ: อยากเรียนคอมพิวเตอร์เบื้องต้นและการพิมพ์ดีด; เป้าหมาย: ทำงานคีย์ข้อมูล; อุปสรรค: "
            "ต้องเลี้ยงลูกเล็ก",
            {"basic_computer", "data_entry"},
        ),
        (
            "ไม่ต้องการ: งานโรงแรม\nเป้าหมาย: ขายเสื้อผ้ามือสองทางออนไลน์ (Facebook/TikTok)\nต้องการ: "
            "ทุนตั้งต้น",
            {"online_selling", "selling"},
        ),
        (
            "ทักษะ: ทำอาหารเก่ง เคยทำครัวที่บ้านนายจ้าง; เป้าหมาย: อยากเป็นช่างตัดผม เปิดร้านเล็กๆ ของตัวเอง",
            {"beauty_wellness", "hairdressing", "own_business"},
        ),
        (
            "- งานอดิเรก: ทอผ้า จักสาน\n- งานเดิม: แม่บ้านที่มาเลเซีย\n- แผน: ทอผ้าขายกับกลุ่มแม่บ้านในหมู่บ้าน\n- "
            "ส่งต่อ: พัฒนาชุมชน",
            {"handicrafts", "weaving"},
        ),
    ],
    "vi": [
        (
            "Công việc trước: làm trong sòng bạc ở Campuchia (bị lừa, bị giữ hộ chiếu). Mục tiêu: "
            "học làm bánh, mở tiệm bánh nhỏ ở quê.",
            {"baking", "own_business"},
        ),
        (
            "Việc làm trước đây: may công nghiệp ở Trung Quốc (bị giữ lương) | Nguyện vọng: về "
            "quê nuôi heo, nuôi gà | Khó khăn: thiếu vốn",
            {"agriculture", "livestock"},
        ),
        (
            "Từng làm: giúp việc nhà ở Đài Loan; Mong muốn: làm lễ tân khách sạn; Kỹ năng: tiếng "
            "Anh giao tiếp cơ bản",
            {"front_desk", "hospitality"},
        ),
        (
            "Mục tiêu: tham gia khóa học sửa chữa điện thoại di động 3 tháng.\nSở thích: đồ điện "
            "tử, tháo lắp máy móc.\nRào cản: chi phí đi lại.",
            {"phone_repair"},
        ),
        (
            "Kế hoạch: học lái xe ô tô, thi bằng B2 rồi chạy taxi công nghệ. Hoàn cảnh: có con "
            "nhỏ, cần thu nhập ổn định.",
            {"driving", "driving_licence", "transport_delivery"},
        ),
        (
            "Không muốn: làm nhà hàng, quán nhậu.\nNguyện vọng: làm công nhân lắp ráp linh kiện "
            "điện tử ở khu công nghiệp Bắc Ninh.",
            {"assembly", "manufacturing"},
        ),
        (
            "Kỹ năng: nói tiếng Trung khá (3 năm ở Quảng Tây). Mục tiêu: làm thợ trang điểm cô "
            "dâu.",
            {"beauty_wellness", "makeup"},
        ),
        (
            "Sở thích: trồng hoa, chăm cây cảnh | Sức khỏe: yếu, không làm việc nặng | Mục tiêu: "
            "bán hoa ở chợ Đà Lạt",
            {"gardening", "market_trading"},
        ),
    ],
    "tl": [
        (
            "Dating trabaho: domestic helper sa Riyadh (inabuso, hindi pinasahod). Layunin: "
            "magtrabaho sa call center. Kakayahan: magaling mag-Ingles.",
            {"call_centre", "customer_service"},
        ),
        (
            "Nakaraang trabaho: mangingisda sa barko sa Indonesia (forced labor)\nPangarap: "
            "maging electrician\nHadlang: walang pera pang-training",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "Dating trabaho: bar sa Maynila (na-traffic) | Gusto ngayon: mag-alaga ng bata, yaya "
            "sa isang pamilya | Kailangan: ligtas na tirahan",
            {"childcare", "domestic_care_work"},
        ),
        (
            "Layunin: kumuha ng TESDA course sa welding (SMAW NC II); Hilig: gumawa ng gate at "
            "rehas na bakal; Hadlang: pamasahe",
            {"welding"},
        ),
        (
            "Plano: mag-aral ng Caregiving NC II para maging caregiver ng matatanda. Dating "
            "trabaho: kasambahay. Kailangan: allowance habang nag-aaral.",
            {"elder_care", "health_care_support"},
        ),
        (
            "Ayaw: construction ulit, lalo na sa mataas na lugar. Layunin: magbukas ng sariling "
            "sari-sari store. Kailangan: puhunan.",
            {"own_business", "retail_sales"},
        ),
        (
            "Kasanayan: magaling sa karpinterya (gumawa ng bahay sa probinsya). Layunin: maging "
            "tour guide sa El Nido.",
            {"tour_guiding", "tourism"},
        ),
        (
            "- Hilig: pagluluto ng ulam\n- Dating trabaho: pabrika ng sardinas sa Zamboanga\n- "
            "Layunin: magbenta ng lutong ulam online\n- Referral: DSWD SLP",
            {"cooking", "online_selling"},
        ),
    ],
    "km": [
        (
            "ការងារពីមុន: ត្រូវគេបង្ខំឲ្យធ្វើការបោកប្រាស់តាមអនឡាញនៅព្រះសីហនុ។ គោលដៅ: ត្រឡប់ទៅធ្វើស្រែនៅស្រុកកំណើត។ "
            "ការលំបាក: គ្មានដើមទុន។",
            {"agriculture", "rice_farming"},
        ),
        (
            "ការងារពីមុន: កម្មករចម្ការនៅថៃ បាញ់ថ្នាំសម្លាប់សត្វល្អិត | បំណង: រៀនធ្វើជាងឈើ ធ្វើតុទូ | ត្រូវការ: ឧបករណ៍",
            {"carpentry"},
        ),
        (
            "ការងារពីមុន: រោងចក្រកាត់ដេរ (ធ្វើការលើសម៉ោងគ្មានប្រាក់)\nបំណង: ធ្វើជាអ្នករត់តុនៅភោជនីយដ្ឋាន\nឧបសគ្គ: "
            "មិនសូវចេះអក្សរ",
            {"food_service", "table_service"},
        ),
        (
            "គោលដៅ: ចង់ចូលរៀនវគ្គភាសាអង់គ្លេស ដើម្បីធ្វើការជាមួយភ្ញៀវទេសចរនៅសៀមរាប។ ចំណាប់អារម្មណ៍: រៀនភាសា",
            {"english_conversation", "language_learning", "tourism"},
        ),
        (
            "ផែនការ: ចូលរៀនវគ្គជួសជុលរថយន្តនៅមជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈ។ ចំណាប់អារម្មណ៍: ម៉ាស៊ីនឡាន",
            {"automotive_repair", "car_repair", "engine_maintenance"},
        ),
        (
            "មិនចង់: ធ្វើការនៅកាស៊ីណូទៀត។ គោលដៅ: លក់បន្លែនៅផ្សារជាមួយម្តាយ។ ត្រូវការ: ដើមទុនតិចតួច",
            {"market_trading", "selling"},
        ),
        (
            "ជំនាញ: បើកបររថយន្តបានល្អ មានប័ណ្ណបើកបរ។ គោលដៅ: ចង់ធ្វើគ្រឿងអលង្ការពីអង្កាំដើម្បីលក់។",
            {"handicrafts", "jewellery_making"},
        ),
        (
            "ចំណាប់អារម្មណ៍: ជួយអ្នកដទៃ | ការងារពីមុន: អ្នកបម្រើការងារផ្ទះនៅម៉ាឡេស៊ី | គោលដៅ: "
            "ធ្វើការជាបុគ្គលិកសង្គមកិច្ចនៅអង្គការ ជួយជនរងគ្រោះ",
            {"community_work", "helping_others"},
        ),
    ],
    "my": [
        (
            "ယခင်အလုပ်: ဖားကန့် ကျောက်စိမ်းတွင်း (အတင်းခိုင်းခံရ)\nရည်မှန်းချက်: ရွာမှာ ငါးကန်မွေးမြူချင်\nအခက်အခဲ: အရင်းအနှီးမရှိ",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "ယခင်အလုပ်: တရုတ်နိုင်ငံတွင် အိမ်အကူ (လစာမရ)။ ရည်မှန်းချက်: ကိုယ်ပိုင် အပ်ချုပ်ဆိုင် ဖွင့်ချင်။ ဝါသနာ: အဝတ်ချုပ်",
            {"own_business", "sewing", "tailoring"},
        ),
        (
            "ယခင်အလုပ်: အုတ်ဖိုတွင် အကြွေးဖြင့်ချုပ်ထားခံရ | လိုချင်တဲ့အလုပ်: စတိုးဆိုင်မှာ အရောင်းဝန်ထမ်း | လိုအပ်ချက်: မှတ်ပုံတင်",
            {"retail_sales", "selling"},
        ),
        (
            "ရည်မှန်းချက်: ရှေးဦးသူနာပြုစုနည်း (First Aid) သင်တန်းတက်ပြီး ဆေးခန်းမှာ အကူအဖြစ် လုပ်ချင်။ ဝါသနာ: လူနာပြုစု",
            {"first_aid", "health_care_support"},
        ),
        (
            "အစီအစဉ်: ပန်းရန်နဲ့ အုတ်စီ သင်တန်းတက်ချင်၊ ပြီးရင် ဆောက်လုပ်ရေးမှာ လုပ်မည်။ ယခင်အလုပ်: ရော်ဘာခြံ",
            {"bricklaying", "construction"},
        ),
        (
            "မလုပ်ချင်တာ: စက်ရုံအလုပ် (အထည်ချုပ်စက်ရုံ)\nရည်မှန်းချက်: မူကြိုကျောင်းမှာ ကလေးတွေကို စာသင်ချင်",
            {"childcare", "education", "teaching"},
        ),
        (
            "ကျွမ်းကျင်မှု: ထိုင်း-မြန်မာ စကားပြန်နိုင်။ ရည်မှန်းချက်: ကုန်လှောင်ရုံမှာ ပစ္စည်းထုပ်ပိုးအလုပ်။",
            {"logistics_warehouse", "packing"},
        ),
        (
            "- ဝါသနာ: ပန်းချီဆွဲ\n- ယခင်အလုပ်: စားသောက်ဆိုင် ပန်းကန်ဆေး\n- ရည်မှန်းချက်: ပန်းချီ/ဒီဇိုင်း အလုပ်\n- "
            "လွှဲပြောင်း: အနုပညာ အဖွဲ့",
            {"creative_media", "drawing_painting"},
        ),
    ],
    "zh": [
        (
            "過往工作：喺澳門賭場做嘢（被騙過去，證件被收）\n目標：入餐廳廚房做幫廚，想學煮嘢食\n"
            "困難：廣東話唔流利",
            {"cooking", "food_service"},
        ),
        ("以前做：外傭（被剝削，冇假放）｜志向：做辦公室文員｜技能：識少少電腦", {"office_admin"}),
        (
            "過往工作：地盤紮鐵（被欠薪）。目標：入清潔公司做全職清潔。需要：穩定住宿。",
            {"cleaning_services"},
        ),
        (
            "目標：報讀普通話及翻譯課程，將來做傳譯員。興趣：學語言。",
            {"chinese_language", "languages_translation", "translation_interpreting"},
        ),
        (
            "計劃：報讀攝影課程（ERB）。興趣：影相、拍片。障礙：要照顧小朋友。",
            {"creative_media", "photography"},
        ),
        ("唔想做：酒吧、夜場\n目標：喺超市做收銀員\n需要：日間返工", {"cashier", "retail_sales"}),
        (
            "技能：識揸叉車（喺貨倉做過兩年）。目標：做 IT 技術支援，鍾意搞電腦。",
            {"computers", "it_support"},
        ),
        (
            "興趣：熨衫、執屋｜以前：漁排工人（被困半年）｜目標：喺洗衣舖做熨衫｜需要：宿舍",
            {"laundry_ironing"},
        ),
    ],
}


#: The twenty-sixth set, held out until the twenty-seventh was written (first run in session
#: 31: en 0.78, th 0.90, vi 0.89, tl 0.90, km 0.90, my 0.80, zh 0.80; its misses mended then).
#: Written blind in session 31 by a writer given only the concept ids and their English labels
#: (not the vocabulary's terms, its tests or the earlier sets). Its theme: terse entries, as busy
#: officers type them: one to five words, keyword lists, job titles, a typo, capitals,
#: English words in the local language, a wish with one thing refused; ten a language,
#: covering 83 different concepts. Committed before its first run; its first run's figures
#: are the ones that count.
SEEN_TWENTY_SIXTH: Phrases = {
    "en": [
        ("barista", {"barista", "coffee"}),
        ("SECURITY GUARD", {"security_services"}),
        ("welder", {"welding"}),
        ("hotel housekeeping", {"hospitality", "housekeeping"}),
        ("phone repair, IT", {"it_support", "phone_repair"}),
        ("childcare / elderly care", {"childcare", "elder_care"}),
        ("nails, makeup", {"makeup", "nail_care"}),
        ("cashiar", {"cashier"}),
        ("warehouse ok, no forklift", {"logistics_warehouse"}),
        ("Shopee/Lazada seller", {"online_selling"}),
    ],
    "th": [
        ("ช่างเสริมสวย", {"beauty_wellness", "hairdressing"}),
        ("ช่างไฟ", {"electrical_wiring", "electrical_work"}),
        ("พนักงานเสิร์ฟ", {"food_service", "table_service"}),
        ("ช่างซ่อมรถยนต์", {"automotive_repair", "car_repair"}),
        ("ทำขนม, ขายออนไลน์", {"baking", "online_selling"}),
        ("นวดแผนไทย/สปา", {"beauty_wellness", "massage"}),
        ("เรียนคอม พิมพ์งาน", {"basic_computer", "data_entry"}),
        ("ทำอาหร", {"cooking"}),
        ("ขายของ ไม่เอาโรงงาน", {"retail_sales", "selling"}),
        ("ไรเดอร์ LINE MAN", {"delivery", "transport_delivery"}),
    ],
    "vi": [
        ("thợ may", {"sewing", "tailoring"}),
        ("nhân viên QC", {"manufacturing", "quality_control"}),
        ("thợ hồ", {"bricklaying", "construction"}),
        ("kế toán", {"accounting_basics", "office_admin"}),
        ("nuoi tom, trong rau", {"fish_farming", "vegetable_growing"}),
        ("uốn tóc, trang điểm", {"hairdressing", "makeup"}),
        ("tiếng Trung / phiên dịch", {"chinese_language", "translation_interpreting"}),
        ("sủa xe máy", {"motorbike_repair"}),
        ("lam nail, khong karaoke", {"nail_care"}),
        ("chạy Grab", {"driving", "transport_delivery"}),
    ],
    "tl": [
        ("caregiver", {"elder_care", "health_care_support"}),
        ("tour guide", {"tour_guiding", "tourism"}),
        ("karpintero", {"carpentry"}),
        ("pintor ng bahay", {"house_painting"}),
        ("baking, sari-sari store", {"baking", "own_business"}),
        ("call center / customer service", {"call_centre", "customer_service"}),
        ("alaga ng baboy, pagsasaka", {"agriculture", "livestock"}),
        ("reseptionist", {"front_desk"}),
        ("labada/plantsa, ayaw sa bar", {"laundry_ironing"}),
        ("Foodpanda rider", {"delivery", "transport_delivery"}),
    ],
    "km": [
        ("ជាងកាត់សក់", {"hairdressing"}),
        ("ចុងភៅ", {"cooking", "food_service"}),
        ("ជាងម៉ូតូ", {"engine_maintenance", "motorbike_repair"}),
        ("គ្រូបង្រៀន", {"education", "teaching"}),
        ("ត្បាញ, ធ្វើគ្រឿងអលង្ការ", {"jewellery_making", "weaving"}),
        ("ដាំស្រូវ / ចិញ្ចឹមត្រី", {"fish_farming", "rice_farming"}),
        ("ការងារសង្គម, ជួយមនុស្ស", {"community_work", "helping_others"}),
        ("ជាងដែរ", {"sewing", "tailoring"}),
        ("លក់ដូរ, អត់កាស៊ីណូ", {"selling"}),
        ("ថតរូប + TikTok", {"creative_media", "photography"}),
    ],
    "my": [
        ("ဆေးခန်းအကူ", {"health_care_support"}),
        ("ကလေးထိန်း", {"childcare", "domestic_care_work"}),
        ("ပန်းချီဆရာ", {"creative_media", "drawing_painting"}),
        ("ငါးဖမ်းသမား", {"fishing", "fishing_aquaculture"}),
        ("ချက်ပြုတ်, မုန့်ဖုတ်", {"baking", "cooking"}),
        (
            "အင်္ဂလိပ်စာ / ဘာသာပြန်",
            {"english_conversation", "languages_translation", "translation_interpreting"},
        ),
        ("စက်ချုပ်, အထည်ချုပ်စက်ရုံ", {"garment_manufacturing", "sewing_machine_operation"}),
        ("ကွန်ပြုတာ", {"basic_computer", "computers"}),
        ("ဈေးရောင်း, စက်ရုံမလုပ်", {"market_trading", "selling"}),
        ("FB live ရောင်း", {"online_selling"}),
    ],
    "zh": [
        ("花店助理", {"gardening", "retail_sales"}),
        ("水吧", {"barista", "food_service"}),
        ("清潔工", {"cleaning_services"}),
        ("倉務員", {"logistics_warehouse", "packing"}),
        ("執屋、湊仔", {"childcare", "housework"}),
        ("普通話, 翻譯", {"chinese_language", "translation_interpreting"}),
        ("平面設計 / 剪片", {"creative_media", "graphic_design"}),
        ("文圓", {"office_admin"}),
        ("做酒店, 唔做夜場", {"hospitality"}),
        ("GoGoVan司機", {"driving", "transport_delivery"}),
    ],
}


#: The twenty-fifth set, held out until the twenty-sixth was written (first run in session
#: 31: en 0.82, th 0.75, vi 0.88, tl 1.00, km 0.88, my 0.83, zh 1.00; its misses mended then).
#: Written blind in session 31 by a writer given only the concept ids and their English labels
#: (not the vocabulary's terms, its tests or the earlier sets). Its theme: a reintegration
#: officer's case notes, as typed into the interests and aspirations (third person, report
#: style, quotes, officers' abbreviations and jargon, English words in the local language);
#: in each language three that first name where the person was exploited or worked under
#: force and refuse it (never among the concepts wanted), two that ask for a course. Committed
#: before its first run; its first run's figures are the ones that count.
SEEN_TWENTY_FIFTH: Phrases = {
    "en": [
        (
            "Cl. was trafficked onto a fishing boat in Indonesian waters for almost 3 yrs and "
            "says he will not go back to sea under any circumstances. He has done some labouring "
            "on his brother's house and wants to learn to lay bricks and tile so he can get "
            "steady work on building sites.",
            {"bricklaying", "construction"},
        ),
        (
            "Exploited in a karaoke bar in Tachileik; she refuses any job where drinks are served "
            "or where she has to entertain men. At the shelter she bakes banana cake and bread "
            "every weekend and wants to work in a bakery.",
            {"baking"},
        ),
        (
            "Domestic servitude in Malaysia for 2 yrs, client is clear she will not do housework "
            "or live-in work again. She picked up good Malay while there and asked if she could "
            "work as an interpreter, e.g. for an NGO or the labour office.",
            {"languages_translation", "translation_interpreting"},
        ),
        (
            "She asked to be enrolled in the 3-month hairdressing course at the provincial "
            "vocational centre and hopes to cut hair from home afterwards.",
            {"hairdressing"},
        ),
        (
            "Client wants to train as an electrician - he has asked about the wiring course so he "
            "can install lights and sockets in people's houses.",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "Client says she wants to 'look after old people, the way I looked after my grandma' "
            "and asked whether the district hospital takes on care assistants.",
            {"elder_care", "health_care_support"},
        ),
        (
            "SV interested in IGA - wants to run a vegetable stall at the morning market. "
            "Referral made for livelihood start-up grant + fin. literacy sessions.",
            {"financial_literacy", "market_trading", "own_business"},
        ),
        (
            "Staff note she is very patient and gentle with the small children at the shelter and "
            "they follow her everywhere. She would like to work in a daycare centre or as a nanny.",
            {"childcare"},
        ),
    ],
    "th": [
        (
            "ผู้รับบริการเคยถูกบังคับทำงานในโรงงานเย็บผ้าที่แม่สอด ทำงานวันละ 14 ชม. "
            "ไม่อยากกลับไปทำงานโรงงานอีกเด็ดขาด บอกว่าชอบทำกับข้าว อยากเป็นผู้ช่วยแม่ครัวในร้านอาหาร",
            {"cooking", "food_service"},
        ),
        (
            "ผู้รับบริการถูกหลอกไปทำงานก่อสร้างที่ชลบุรี โดนยึดบัตรและไม่ได้ค่าจ้าง ปฏิเสธงานไซต์ก่อสร้างทุกประเภท "
            "ตอนนี้มีมอเตอร์ไซค์ของตัวเอง อยากสมัครเป็นไรเดอร์ส่งอาหาร/ส่งพัสดุ",
            {"delivery", "transport_delivery"},
        ),
        (
            "เคยถูกแสวงประโยชน์ในร้านนวดแถวพัทยา ไม่ต้องการทำงานนวดหรือสปาอีก ผรบ.พูดภาษาอังกฤษได้พอสมควร "
            "อยากทำงานเป็นพนักงานต้อนรับในโรงแรม",
            {"front_desk", "hospitality"},
        ),
        (
            "ผู้รับบริการสนใจเรียนคอร์สทำเล็บ ต่อเล็บ เพ้นท์เล็บ ที่ศูนย์พัฒนาฝีมือแรงงาน "
            "จบแล้วอยากไปทำงานร้านทำเล็บในห้าง",
            {"nail_care"},
        ),
        (
            "อยากเรียนคอมพิวเตอร์เบื้องต้น เช่น พิมพ์งาน ใช้ Word, Excel เพราะไม่เคยได้ใช้คอมเลย "
            "จะได้ไปสมัครงานในออฟฟิศได้",
            {"basic_computer", "computers", "office_admin"},
        ),
        (
            'ผู้รับบริการบอกว่า "หนูอยากขายเสื้อผ้าออนไลน์ค่ะ ไลฟ์สดใน TikTok กับเฟซบุ๊ก" '
            "ตอนนี้ลองขายเสื้อมือสองผ่านเพจเล็กๆ อยู่แล้ว",
            {"online_selling"},
        ),
        (
            "ผรบ. ประสงค์ขอรับ voc training ด้านบาริสต้า/ชงกาแฟ จนท. จะ refer ไปโครงการฝึกอาชีพของมูลนิธิฯ "
            "รอบเดือนหน้า",
            {"barista", "coffee"},
        ),
        (
            "ผู้รับบริการมาจากครอบครัวเกษตรกรที่น่าน ถนัดปลูกผักสวนครัว อยากกลับไปทำแปลงผักปลอดสารพิษขายในชุมชน",
            {"agriculture", "vegetable_growing"},
        ),
    ],
    "vi": [
        (
            "Thân chủ bị lừa sang Campuchia, bị ép làm lừa đảo qua mạng trong một khu casino ở "
            "Sihanoukville; hiện rất sợ làm việc trong sòng bạc hay ngồi gọi điện lừa người. Em "
            "cho biết muốn học sửa điện thoại để mở tiệm nhỏ ở quê.",
            {"phone_repair"},
        ),
        (
            "TC từng bị bán sang Trung Quốc, làm không lương trong xưởng may hơn 1 năm nên không "
            "muốn làm may mặc nữa. Chị học hết lớp 12, muốn làm sổ sách, kế toán cho một cửa hàng "
            "hoặc HTX.",
            {"accounting_basics", "office_admin"},
        ),
        (
            "Thân chủ bị ép làm tiếp viên ở quán karaoke tại Lạng Sơn, từ chối mọi công việc liên "
            "quan quán nhậu, karaoke. Chị khéo tay, muốn nhận may đo quần áo tại nhà.",
            {"sewing", "tailoring"},
        ),
        (
            "Thân chủ muốn tham gia khóa học trang điểm cô dâu 3 tháng để sau này nhận trang điểm "
            "đám cưới ở quê.",
            {"makeup"},
        ),
        (
            "Anh ấy muốn học lái xe ô tô, thi lấy bằng B2 để chạy taxi công nghệ hoặc lái xe cho "
            "công ty.",
            {"driving", "driving_licence"},
        ),
        (
            'Thân chủ chia sẻ: "em muốn làm phục vụ ở nhà hàng, được nói chuyện với khách, không '
            'muốn ngồi một chỗ"; cán bộ sẽ kết nối với một nhà hàng đối tác.',
            {"food_service", "table_service"},
        ),
        (
            "TC có nhu cầu hỗ trợ sinh kế (livelihood) – mô hình nuôi tôm nước lợ cùng gia đình. "
            "Đã referral tới Hội LHPN xã để tư vấn vay vốn.",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "Em thích vẽ từ nhỏ, thường vẽ tranh tặng các bạn trong nhà tạm lánh, dùng điện thoại "
            "dựng video rất nhanh. Em mong được làm thiết kế đồ họa hoặc dựng video.",
            {"creative_media", "graphic_design"},
        ),
    ],
    "tl": [
        (
            "Si cl. ay biktima ng domestic servitude sa Riyadh ng halos 2 taon at ayaw na niyang "
            "mamasukan bilang kasambahay. Gusto niyang magtayo ng sari-sari store sa kanilang "
            "barangay para may sariling kita.",
            {"own_business", "selling"},
        ),
        (
            "Na-traffic siya sa isang fishing vessel sa Indonesia at takot na siyang bumalik sa "
            "dagat. Marunong siyang magkarpintero dahil tumutulong siya dati sa tatay niya, kaya "
            "gusto niyang magtrabaho bilang karpintero sa construction.",
            {"carpentry", "construction"},
        ),
        (
            "Ayon sa kanya, ginawa siyang GRO sa isang bar sa Angeles at ayaw na niyang bumalik "
            "sa bar o club. Maganda ang English niya at gusto niyang mag-apply bilang call center "
            "agent.",
            {"call_centre", "customer_service"},
        ),
        (
            "Gusto niyang mag-enroll sa TESDA Cookery NC II para makapagtrabaho sa kusina ng "
            "restaurant o karinderya.",
            {"cooking", "food_service"},
        ),
        (
            "Interesado siyang kumuha ng SMAW NC II (welding) training sa TESDA dahil may "
            "kakilala siyang welder sa Batangas na handang tumulong sa kanya.",
            {"welding"},
        ),
        (
            'Sinabi ng kliyente na "gusto ko pong maging teacher, kahit tutor muna ng mga bata '
            'sa barangay" kaya balak niyang ituloy ang pag-aaral sa ALS.',
            {"education", "teaching"},
        ),
        (
            "Cl. for referral sa DSWD SLP para sa IGA - gusto niyang bumalik sa pagsasaka ng "
            "palay sa Iloilo. Needs capital para sa binhi at abono.",
            {"agriculture", "rice_farming"},
        ),
        (
            "Napansin ng staff na napakalinis at maayos niya sa shelter, siya ang nag-aayos ng "
            "mga kama at kwarto. Gusto niyang maging room attendant sa hotel o resort.",
            {"hospitality", "housekeeping"},
        ),
    ],
    "km": [
        (
            "អតិថិជនធ្លាប់ត្រូវគេជួញដូរទៅធ្វើការលើទូកនេសាទនៅថៃអស់រយៈពេល ២ ឆ្នាំ ហើយគាត់មិនចង់ទៅសមុទ្រទៀតទេ។ "
            "គាត់ចង់ធ្វើជាជាងសំណង់ សាងសង់ផ្ទះនៅភូមិ។",
            {"construction", "house_building"},
        ),
        (
            "អតិថិជនធ្លាប់ជាប់បំណុលធ្វើការនៅរោងឥដ្ឋជាមួយគ្រួសារ ហើយមិនចង់ត្រឡប់ទៅទីនោះវិញទេ។ គាត់ចូលចិត្តលេងម៉ាស៊ីន "
            "ហើយចង់រៀនជួសជុលឡាននៅហាងជួសជុលក្នុងខេត្ត។",
            {"automotive_repair", "car_repair"},
        ),
        (
            "នាងធ្លាប់ធ្វើការជាអ្នកបម្រើតាមផ្ទះនៅម៉ាឡេស៊ី ដោយគ្មានប្រាក់ខែ និងមិនអាចចេញក្រៅបាន "
            "ដូច្នេះនាងមិនចង់ធ្វើការងារផ្ទះទៀតទេ។ នាងចង់ត្បាញសូត្រនៅផ្ទះដូចម្ដាយរបស់នាង។",
            {"handicrafts", "weaving"},
        ),
        (
            "អតិថិជនចង់ចូលរៀនវគ្គកាត់ដេរ ៦ ខែ នៅមជ្ឈមណ្ឌលបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ ដើម្បីអាចដេរខោអាវឲ្យអ្នកភូមិនៅផ្ទះ។",
            {"sewing", "tailoring"},
        ),
        (
            "គាត់ចង់រៀនភាសាអង់គ្លេស ដើម្បីក្លាយជាមគ្គុទ្ទេសក៍ទេសចរណ៍នៅសៀមរាប។",
            {"english_conversation", "tour_guiding", "tourism"},
        ),
        ("អតិថិជនប្រាប់ថា «ខ្ញុំចង់បើកហាងកាត់សក់តូចមួយ ហើយកាត់សក់ឲ្យអ្នកភូមិ»។", {"beauty_wellness", "hairdressing"}),
        (
            "SV ស្នើសុំជំនួយ IGA – ចិញ្ចឹមមាន់ និងជ្រូកនៅផ្ទះ។ បុគ្គលិកនឹង referral ទៅអង្គការដៃគូសម្រាប់ livelihood "
            "support។",
            {"livestock"},
        ),
        (
            "នាងពូកែថែទាំអ្នកជំងឺ ហើយធ្លាប់មើលថែឪពុកដែលឈឺនៅមន្ទីរពេទ្យអស់ជាច្រើនខែ។ "
            "នាងចង់ធ្វើការជាជំនួយការគិលានុបដ្ឋាយិកា ឬរៀនវគ្គសង្គ្រោះបឋម។",
            {"first_aid", "health_care_support"},
        ),
    ],
    "my": [
        (
            "သူက မဟာချိုင်က ပင်လယ်စာစက်ရုံမှာ အတင်းအကျပ် ခိုင်းစေခံခဲ့ရလို့ ငါးခွဲ၊ ပုစွန်ခွဲ အလုပ် ထပ်မလုပ်ချင်တော့ဘူးလို့ ပြောပါတယ်။ "
            "ဂိုဒေါင်မှာ ပစ္စည်းထုပ်ပိုးတဲ့ အလုပ်မျိုး လုပ်ချင်ပါတယ်။",
            {"logistics_warehouse", "packing"},
        ),
        (
            "သူ့ကို မြဝတီ KK Park ထဲမှာ အွန်လိုင်းလိမ်တဲ့ အလုပ် အတင်းလုပ်ခိုင်းခဲ့လို့ ကွန်ပျူတာရှေ့ ထိုင်ရတဲ့ အလုပ်ကို ကြောက်နေပါတယ်။ "
            "လုံခြုံရေးဝန်ထမ်း (security) အဖြစ် လုပ်ချင်တယ်လို့ ပြောပါတယ်။",
            {"security_services"},
        ),
        (
            "သူမက ထိုင်းက KTV ဆိုင်မှာ ခေါင်းပုံဖြတ်ခံခဲ့ရလို့ ညဘက် ဘား၊ KTV အလုပ် လုံးဝ မလုပ်ချင်တော့ပါဘူး။ ပုတီးသီ၊ လက်ကောက်လုပ်တာ "
            "ဝါသနာပါလို့ လက်ဝတ်ရတနာ လက်မှုပစ္စည်း လုပ်ချင်ပါတယ်။",
            {"handicrafts", "jewellery_making"},
        ),
        (
            "သူမက တရုတ်စကား သင်တန်း တက်ချင်ပါတယ်။ နောက်ပိုင်း စကားပြန် အလုပ် လုပ်ချင်လို့ပါ။",
            {"chinese_language", "translation_interpreting"},
        ),
        (
            "သူက ဆိုင်ကယ်ပြင် သင်တန်း တက်ပြီး ရွာမှာ ဆိုင်ကယ်ပြင်ဆိုင် ဖွင့်ချင်တယ်လို့ ပြောပါတယ်။",
            {"automotive_repair", "motorbike_repair"},
        ),
        (
            'သူမက "ကျွန်မလို ဒုက္ခရောက်ခဲ့တဲ့ မိန်းကလေးတွေကို ကူညီချင်တယ်" လို့ ပြောပြီး NGO မှာ community volunteer အဖြစ် '
            "လုပ်ချင်ပါတယ်။",
            {"community_work", "helping_others"},
        ),
        (
            "Cl. က IGA အတွက် လက်ဖက်ရည်ဆိုင်လေး ဖွင့်ချင်ပါတယ်။ livelihood grant အတွက် partner org ကို referral "
            "လုပ်ထားပါတယ်။",
            {"food_service", "own_business"},
        ),
        (
            "သူမက shelter မှာ နေတုန်း ပန်းပင်တွေ၊ ပန်းအိုးတွေကို နေ့တိုင်း ရေလောင်း ပြုစုပါတယ်၊ အဲဒါလုပ်ရင် စိတ်ငြိမ်တယ်လို့ "
            "ပြောပါတယ်။ နောက်ပိုင်း ပန်းခြံ ဒါမှမဟုတ် အပင်ပျိုးခင်းမှာ အလုပ်လုပ်ချင်ပါတယ်။",
            {"gardening"},
        ),
    ],
    "zh": [
        (
            "個案曾被誘騙至澳門一間夜總會工作，被迫陪酒，現表明不會再做任何夜場或涉及酒精的工作。"
            "個案表示想做零售店務員，喺商場舖頭幫手收銀同招呼客人。",
            {"cashier", "customer_service", "retail_sales"},
        ),
        (
            "個案來港任外籍家庭傭工期間遭僱主禁錮及剋扣工資，現拒絕再從事家務助理工作。佢中學時已"
            "學過電腦，希望日後做IT support。",
            {"computers", "it_support"},
        ),
        (
            "個案曾被販運到泰國漁船上強迫勞動，現時好怕落海。佢表示以前喺鄉下幫人油過屋，希望做裝"
            "修油漆師傅。",
            {"construction", "house_painting"},
        ),
        (
            "個案有意報讀僱員再培訓局的按摩及水療課程，希望完成後於酒店水療中心工作。",
            {"beauty_wellness", "massage"},
        ),
        (
            "個案希望報讀叉車操作課程，考取牌照後到物流倉工作。",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "個案表示「我好鍾意煮嘢食，想將來開間細細嘅茶餐廳」，社工已鼓勵佢先報讀中廚課程。",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "Cl. 對文職工作有興趣（data entry / admin clerk），SW 已 refer 佢去 ERB 電腦班，跟進 "
            "job matching。",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "個案平日鍾意用手機影相，在中心活動時主動擔任攝影，作品獲同工讚賞。佢希望日後從事攝影"
            "工作。",
            {"creative_media", "photography"},
        ),
    ],
}


#: The twenty-fourth set, held out until the twenty-fifth was written (first run in session
#: 30: en 0.88, th 0.95, vi 1.00, tl 0.88, km 0.90, my 0.86, zh 1.00; its misses mended then).
#: Written blind in session 30 by a writer given only the concept ids and their English labels
#: (not the vocabulary's terms, its tests or the earlier sets). Its theme: wishes said together
#: with needs and limits (a bad back, standing all day, childcare and school hours, daytime
#: only, near home, not living at the workplace, weekly pay), the limit often naming work the
#: person cannot or will not do; in each language four such, two typed as on a phone, two
#: that ask to learn. Committed before its first run; its first run's figures are the ones
#: that count.
SEEN_TWENTY_FOURTH: Phrases = {
    "en": [
        (
            "Not factory work again, my back can't take it. I'd like to do clothes alterations "
            "from home.",
            {"sewing", "tailoring"},
        ),
        (
            "Standing at a till all day kills my legs, so no shop work please. I'd rather do "
            "bookkeeping at a desk.",
            {"accounting_basics"},
        ),
        (
            "Client says no construction, her right hand was injured and she cannot grip tools. "
            "She would like to answer phones in a call centre, day shift only.",
            {"call_centre"},
        ),
        (
            "I'm pregnant so I can't do cleaning with strong chemicals. Something like reception "
            "at a hotel, daytime hours.",
            {"front_desk", "hospitality"},
        ),
        (
            "need job near bus line, kids school finish 3pm so only 8 to 2. can do cooking in a "
            "canteen or cafe kitchen",
            {"cooking", "food_service"},
        ),
        (
            "pls no live-in. want paid every week. happy to look after old ppl in the day",
            {"elder_care"},
        ),
        (
            "My eyes are a bit weak for close work, but I want to learn to drive and get my "
            "licence so I can do deliveries in the daytime.",
            {"delivery", "driving_licence"},
        ),
        (
            "Men shouting scare me since everything happened. I'd like to train in hairdressing, "
            "in a small salon with women.",
            {"hairdressing"},
        ),
    ],
    "th": [
        (
            "ไม่อยากทำงานโรงงานแล้วค่ะ หลังไม่ดี ยืนนานไม่ได้ อยากทำงานนั่งโต๊ะ พิมพ์ข้อมูลเข้าคอมพิวเตอร์",
            {"data_entry"},
        ),
        (
            "งานก่อสร้างทำไม่ไหวแล้วค่ะ มือขวาเจ็บ อยากขายของออนไลน์อยู่ที่บ้าน จะได้ดูลูกไปด้วย",
            {"online_selling"},
        ),
        (
            "ไม่เอางานร้านคาราโอเกะหรือบาร์นะคะ กลัวผู้ชายเมาตะโกน อยากทำงานร้านกาแฟตอนกลางวัน เป็นคนชงกาแฟ",
            {"barista", "coffee"},
        ),
        (
            "ผู้รับบริการแจ้งว่าตั้งครรภ์ได้ 5 เดือน ไม่สามารถทำงานฉีดพ่นยาฆ่าแมลงในไร่ได้ "
            "ประสงค์ทำงานปลูกผักปลอดสารพิษใกล้บ้าน",
            {"vegetable_growing"},
        ),
        (
            "อยากได้งานแม่บ้านทำความสะอาดบ้านค่ะ ไปเช้าเย็นกลับ ไม่อยู่ประจำนะคะ ขอจ่ายเป็นรายวีคได้มั้ยคะ",
            {"housework"},
        ),
        (
            "หนูสายตาไม่ค่อยดีค่ะ อ่านตัวเล็กๆไม่ค่อยเห็น แต่นวดได้นะคะ อยากทำงานนวดแผนไทย ขอกะกลางวันนะคะ",
            {"massage"},
        ),
        (
            "อยากเรียนตัดเย็บเสื้อผ้าค่ะ แต่เรียนได้แค่ตอนลูกไปโรงเรียน เก้าโมงถึงบ่ายสาม",
            {"sewing"},
        ),
        (
            "อยากฝึกพูดภาษาอังกฤษไว้คุยกับลูกค้า แต่กลัวที่คนเยอะๆ ขอเรียนออนไลน์ที่บ้านได้ไหมคะ",
            {"english_conversation"},
        ),
    ],
    "vi": [
        (
            "Tôi không làm xưởng may nữa, ngồi máy cả ngày đau lưng lắm. Tôi muốn bán rau ở chợ "
            "gần nhà, ngày nào cũng về được.",
            {"market_trading"},
        ),
        (
            "Em đang có bầu nên không đứng bếp nhà hàng được, mùi dầu mỡ làm em mệt. Em muốn làm "
            "văn phòng, nhập liệu trên máy tính, giờ hành chính.",
            {"data_entry", "office_admin"},
        ),
        (
            "Anh không làm phụ hồ được nữa, tay trái bị thương không bê vác nặng được. Anh muốn "
            "chạy xe giao đồ ăn, chỉ chạy ban ngày thôi.",
            {"delivery"},
        ),
        (
            "Chị ấy không muốn làm ở quán karaoke vì sợ đàn ông say xỉn la hét. Chị muốn chăm "
            "sóc người già vào ban ngày, không ở lại nhà chủ.",
            {"elder_care"},
        ),
        (
            "e can viec gan nha, co xe buyt di duoc. con con nho nen chi lam ban ngay. e biet "
            "lam banh, muon lam o tiem banh",
            {"baking"},
        ),
        (
            "minh muon lam nail o tiem nho, chi co nu thoi. can luong tra hang tuan a",
            {"nail_care"},
        ),
        (
            "Mắt em kém, không làm việc tỉ mỉ lâu được. Em muốn học nấu ăn để sau này mở quán "
            "cơm nhỏ.",
            {"cooking", "own_business"},
        ),
        (
            "Tôi muốn học tiếng Trung để làm phiên dịch, học online ở nhà vì con còn nhỏ.",
            {"chinese_language", "translation_interpreting"},
        ),
    ],
    "tl": [
        (
            "Ayoko na sa pabrika, sira na ang likod ko sa kakabuhat. Gusto ko sana sa call "
            "center, nakaupo lang, pang-umaga lang po.",
            {"call_centre"},
        ),
        (
            "Hindi na ako pwede sa pangingisda, may sugat pa ang kamay ko. Gusto kong mag-alaga "
            "ng baboy at manok sa bahay.",
            {"livestock"},
        ),
        (
            "Buntis po ako kaya bawal sa akin ang paglilinis na gumagamit ng matatapang na "
            "kemikal. Gusto ko po sanang magluto at magtinda ng ulam sa maliit na puwesto "
            "malapit sa bahay.",
            {"cooking", "market_trading"},
        ),
        (
            "Ayon sa kliyente, ayaw na niyang mag-kasambahay na stay-in. Gusto niya ng trabaho "
            "sa laundry shop, uwian araw-araw, malapit sa sakayan ng jeep.",
            {"laundry_ironing"},
        ),
        (
            "hanap po ako work na pwede sa bahay lang, may baby kasi ako. marunong ako mag "
            "encode at mag type",
            {"data_entry"},
        ),
        (
            "sir meron po bang work sa hotel housekeeping? day shift lang po, tas sana weekly "
            "ang sahod",
            {"housekeeping"},
        ),
        (
            "Gusto ko pong mag-aral ng first aid at caregiving para makapag-alaga ng matatanda. "
            "Pang-umaga lang po ako pwede kasi walang magbabantay sa anak ko sa gabi.",
            {"elder_care", "first_aid"},
        ),
        (
            "Gusto kong matuto ng graphic design at pag-edit ng video kasi takot ako sa maraming "
            "tao. Pwede bang online ang training?",
            {"graphic_design"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំមិនចង់ធ្វើការរោងចក្រកាត់ដេរទៀតទេ ខ្នងខ្ញុំឈឺ។ ខ្ញុំចង់បើកហាងលក់ចាប់ហួយតូចមួយនៅផ្ទះ។",
            {"own_business"},
        ),
        (
            "ខ្ញុំលើកធ្ងន់មិនបានទេ ដៃខ្ញុំរបួស ដូច្នេះមិនធ្វើការសំណង់ទៀតទេ។ ខ្ញុំចង់ធ្វើជាមគ្គុទ្ទេសក៍ទេសចរណ៍ "
            "នាំភ្ញៀវទៅមើលប្រាសាទ។",
            {"tour_guiding", "tourism"},
        ),
        (
            "ខ្ញុំមិនធ្វើការនៅខារ៉ាអូខេទេ ខ្លាចបុរសស្រវឹងស្រែក។ ខ្ញុំចង់ធ្វើការនៅហាងកាត់សក់ ឬហាងធ្វើក្រចក។",
            {"hairdressing", "nail_care"},
        ),
        (
            "នាងមានផ្ទៃពោះ មិនអាចធ្វើការនៅឡឥដ្ឋបានទៀតទេ។ នាងចង់ចិញ្ចឹមមាន់ និងទានៅផ្ទះ។",
            {"livestock"},
        ),
        (
            "bong knhom chong luk eivan online nov ptes, kon nov toch min ach chenh tov na ban",
            {"online_selling"},
        ),
        (
            "ចង់ធ្វើការមើលថែក្មេងពេលថ្ងៃ មិនស្នាក់នៅផ្ទះម្ចាស់ទេ ចង់បានលុយរាល់អាទិត្យ",
            {"childcare"},
        ),
        (
            "ខ្ញុំចង់រៀនកុំព្យូទ័រមូលដ្ឋាន ប៉ុន្តែត្រូវការវគ្គពេលព្រឹក ព្រោះរសៀលត្រូវទៅយកកូនពីសាលា។",
            {"basic_computer"},
        ),
        (
            "ខ្ញុំចង់រៀនត្បាញ ឬធ្វើកន្ត្រក ដែលអាចធ្វើនៅផ្ទះបាន ព្រោះខ្ញុំខ្លាចកន្លែងមនុស្សច្រើន។",
            {"handicrafts", "weaving"},
        ),
    ],
    "my": [
        (
            "စက်ရုံမှာ တစ်နေကုန် မတ်တပ်ရပ်ပြီး မလုပ်နိုင်တော့ဘူး၊ ခါးနာလို့ပါ။ ထိုင်ပြီးလုပ်ရတဲ့ စာရင်းကိုင်အလုပ် လုပ်ချင်ပါတယ်။",
            {"accounting_basics"},
        ),
        (
            "ငါးဖမ်းလှေပေါ် ပြန်မတက်ချင်တော့ဘူး၊ ရေကို ကြောက်နေပြီ။ ကုန်းပေါ်မှာ ဆိုင်ကယ်ပြင်တဲ့အလုပ် လုပ်ချင်တယ်။",
            {"motorbike_repair"},
        ),
        (
            "ကိုယ်ဝန်ရှိနေလို့ ဆောက်လုပ်ရေးလုပ်ငန်းမှာ ဘိလပ်မြေ မသယ်နိုင်ပါဘူး။ အိမ်နားက ဈေးမှာ ဟင်းသီးဟင်းရွက် ရောင်းချင်ပါတယ်။",
            {"market_trading"},
        ),
        (
            "သူမသည် အိမ်ရှင်အိမ်တွင် နေထိုင်ရသော အိမ်အကူအလုပ်ကို မလုပ်လိုပါ။ ဘတ်စ်ကားမှတ်တိုင်အနီးရှိ ဂိုဒေါင်တွင် နေ့ဆိုင်း ပစ္စည်းထုပ်ပိုးသည့်အလုပ် "
            "လုပ်လိုပါသည်။",
            {"logistics_warehouse", "packing"},
        ),
        (
            "အစ်မ ကလေးငယ်သေးလို့ အပြင်မထွက်နိုင်ဘူး အိမ်ကနေ အွန်လိုင်းမှာ အဝတ်အစား ရောင်းချင်တယ် ရလား",
            {"online_selling"},
        ),
        (
            "နေ့ဘက်ပဲ လုပ်နိုင်တယ်နော် ကလေးထိန်းအလုပ် ရှိလား လစာ အပတ်တိုင်း ပေးရင် ပိုကောင်းတယ်",
            {"childcare"},
        ),
        (
            "ခြေထောက် ဒဏ်ရာရှိလို့ ကြာကြာ လမ်းမလျှောက်နိုင်ဘူး။ ထိုင်ပြီးသင်ရတဲ့ ကွန်ပျူတာ အခြေခံသင်တန်း တက်ချင်တယ်။",
            {"basic_computer"},
        ),
        (
            "လူများတဲ့နေရာကို ကြောက်တယ်။ ကလေး ကျောင်းတက်ချိန်မှာပဲ မုန့်ဖုတ်နည်း သင်တန်း တက်ချင်ပါတယ်။",
            {"baking"},
        ),
    ],
    "zh": [
        (
            "我不想再进工厂了，腰不好，站不了一整天。想找个坐着的工作，在办公室做文员就行。",
            {"office_admin"},
        ),
        (
            "工地的活我干不了了，右手受过伤使不上劲。想在仓库做质检，挑挑次品那种。",
            {"quality_control"},
        ),
        (
            "我怀孕了，不能在餐厅后厨闻油烟。想做酒店前台接待，最好是白班。",
            {"front_desk", "hospitality"},
        ),
        (
            "服务对象表示不愿在酒吧或KTV工作，害怕男人大声喊叫。希望在花店或苗圃工作，照顾花草。",
            {"gardening"},
        ),
        (
            "有没有在家做的活 孩子小走不开 会打字 可以做网上客服",
            {"customer_service"},
        ),
        (
            "想找保洁的工作 只做白天 离地铁近一点 工资最好一周一结",
            {"cleaning_services"},
        ),
        (
            "我想学做中餐，考个厨师证，但只能在孩子上学的时间上课。",
            {"cooking"},
        ),
        (
            "我想学翻译，以后在家接翻译的活，人多的地方我会紧张，希望能网上上课。",
            {"translation_interpreting"},
        ),
    ],
}


#: The twenty-third set, held out until the twenty-fourth was written (first run in session
#: 30: en 0.70, th 1.00, vi 0.20, tl 0.63, km 0.62, my 1.00, zh 0.66; its misses mended then).
#: Written blind in session 30 by a writer given only the concept ids and their English
#: labels (not
#: the vocabulary's terms, its tests or the earlier sets). Its theme: wishes said without a
#: wish word, through talents, pride and pleasure (what the person is good at, what others
#: praise them for or ask them to do, what they do happily at home); in each language two
#: typed as on a phone and two that also mention something hard in past work. Committed
#: before its first run; its first run's figures are the ones that count.
SEEN_TWENTY_THIRD: Phrases = {
    "en": [
        (
            "All the kids on my street come to me after school for help with their homework. "
            "Their mums say they listen to me more than to their teachers.",
            {"teaching"},
        ),
        (
            "my cousins always ask me to do their nails b4 weddings lol, i paint tiny flowers n "
            "everything",
            {"nail_care"},
        ),
        (
            "I can spend a whole afternoon opening up an old phone and getting it working again. "
            "Half the phones in my family have been through my hands.",
            {"phone_repair"},
        ),
        (
            "At the factory I hated standing at the same machine for twelve hours a day. But "
            "when I bake bread and cakes for the temple festival, everyone wants to know who "
            "made them.",
            {"baking"},
        ),
        (
            "At the end my grandmother couldn't walk, so I was the one who bathed her, fed her "
            "and gave her medicine. People kept telling me how gentle I was with her.",
            {"elder_care"},
        ),
        (
            "ppl always say my pics r really good, i take photos of my friends n make little "
            "videos, i can edit them for hours n not notice",
            {"graphic_design", "photography"},
        ),
        (
            "At my last job the boss shouted all day and we barely slept. Back home I grew "
            "chillies, long beans and morning glory behind the house, and I loved watching "
            "everything come up.",
            {"vegetable_growing"},
        ),
        (
            "When the lights went out in our village, people came to get me instead of the "
            "electrician. I did all the wiring in my uncle's new house myself.",
            {"electrical_wiring"},
        ),
    ],
    "th": [
        (
            "คนในหมู่บ้านชอบมาให้ฉันตัดผมให้ ตัดเสร็จทุกคนก็ชมว่าสวยกว่าร้านในเมืองอีก",
            {"hairdressing"},
        ),
        (
            "เวลาทำกับข้าวให้เพื่อนบ้านกิน เค้าขอสูตรตลอดเลย555 ทำแกงเขียวหวานทีไรหมดหม้อทุกที",
            {"cooking"},
        ),
        (
            "ตอนทำงานแพ็คของในโรงงาน เครียดมากเพราะหัวหน้าด่าทุกวัน แต่อยู่บ้านชอบเย็บผ้า "
            "ตัดชุดให้หลานใส่ไปโรงเรียน ใครเห็นก็ชมว่าเย็บเรียบร้อย",
            {"sewing"},
        ),
        (
            "ฉันขับรถพาพ่อไปหาหมอในเมืองทุกอาทิตย์ ขับทั้งวันก็ไม่เหนื่อย ถนนแถวนั้นรู้หมดทุกซอย",
            {"driving"},
        ),
        (
            "ชอบนวดให้แม่ให้ยายมากก แม่บอกว่ามือหนักดี นวดแล้วหายปวดหลังเลย",
            {"massage"},
        ),
        (
            "เวลาว่างผมชอบนั่งวาดรูป วาดเป็นชั่วโมงๆ ก็ไม่รู้ตัว ครูที่โรงเรียนเคยเอารูปผมไปติดบอร์ดหน้าห้อง",
            {"drawing_painting"},
        ),
        (
            "งานก่อสร้างทั้งร้อนทั้งหนัก ผมไม่ชอบเลย แต่ตอนเลี้ยงไก่เลี้ยงหมูที่บ้าน ผมดูแลจนโตทุกตัว "
            "ชาวบ้านยังมาถามวิธีเลี้ยงกับผม",
            {"livestock"},
        ),
        (
            "ฉันเคยช่วยแม่ขายของที่ตลาดนัด ทอนเงินไว คุยกับลูกค้าเก่ง ใครเดินผ่านก็ต้องแวะซื้อ",
            {"market_trading"},
        ),
    ],
    "vi": [
        (
            "may dua ban hay nho e trang diem cho di dam cuoi, ai cung khen dep",
            {"makeup"},
        ),
        (
            "Xe máy của anh trai tôi hỏng là tôi sửa hết, có khi ngồi cả buổi chiều với cái máy "
            "mà không thấy chán.",
            {"motorbike_repair"},
        ),
        (
            "Hồi làm ở xưởng may tôi bị bắt làm thâu đêm, mệt lắm. Nhưng pha cà phê thì tôi mê, "
            "ai đến nhà tôi cũng pha cà phê sữa đá, ai cũng bảo ngon hơn ngoài quán.",
            {"barista", "coffee"},
        ),
        (
            "Mấy đứa nhỏ trong xóm cứ tan học là chạy sang nhà tôi, tôi trông tụi nó, kể chuyện, "
            "dạy hát. Tụi nó quấn tôi lắm.",
            {"childcare"},
        ),
        (
            "e ban quan ao tren fb cho may chi trong xom, livestream toi khuya ma van thay vui, "
            "don len hoai",
            {"online_selling"},
        ),
        (
            "Tôi nói tiếng Trung khá tốt. Hồi trước có thương lái Trung Quốc xuống làng mua hàng "
            "là người ta lại gọi tôi ra dịch giúp.",
            {"chinese_language", "translation_interpreting"},
        ),
        (
            "Làm trên tàu cá tôi sợ nhất là say sóng với bị đánh. Về nhà tôi phụ bố làm mộc, "
            "đóng bàn ghế, bố bảo tay tôi khéo hơn bố hồi trẻ.",
            {"carpentry"},
        ),
        (
            "Năm nào tôi cũng cùng mẹ cấy gặt ruộng nhà, lúa nhà tôi lên đẹp nhất xóm, nghĩ lại "
            "vẫn thấy tự hào.",
            {"rice_farming"},
        ),
    ],
    "tl": [
        (
            "Lahat ng kapitbahay namin, sa akin nagpapagupit. Libre lang, pero ang saya ko kapag "
            "nagugustuhan nila.",
            {"hairdressing"},
        ),
        (
            "ako lagi taga-ayos ng wifi at computer dito sa bahay haha, pati mga tita ko sakin "
            "pinapaayos laptop nila",
            {"computers", "it_support"},
        ),
        (
            "Sa dati kong trabaho sa pabrika, ayoko talaga yung init at ingay ng makina. Pero "
            "kapag nagbe-bake ako ng ensaymada at leche flan para sa handaan, ubos agad, may "
            "nagpapagawa pa ulit.",
            {"baking"},
        ),
        (
            "Ako ang nag-alaga kay Lola hanggang sa huli. Pinapaliguan ko siya at pinapainom ng "
            "gamot, at sabi ng mga nurse ang galing ko raw mag-alaga.",
            {"elder_care"},
        ),
        (
            "hilig ko talaga mag-ayos ng mga tanim sa harap ng bahay, orchids, santan, "
            "gumamela.. kahit buong araw ok lang sakin",
            {"gardening"},
        ),
        (
            "Marunong akong mag-Ingles kaya ako palagi ang kinakausap ng mga turista sa amin. "
            "Ako na rin ang nagtuturo ng daan at nagkukuwento tungkol sa lugar namin.",
            {"english_conversation", "tour_guiding"},
        ),
        (
            "Sa barko, ang hirap ng walang tulog at lagi kaming sinisigawan. Pero pag ako ang "
            "nagluto ng adobo at sinigang sa bahay, nag-uunahan silang kumain.",
            {"cooking"},
        ),
        (
            "Nung nasira ng bagyo ang bahay namin, ako ang nag-ayos ng bubong at pader, "
            "tinulungan ko pa pati kapitbahay. Ang sarap sa pakiramdam na may naitatayo ka.",
            {"house_building"},
        ),
    ],
    "km": [
        (
            "អ្នកភូមិទាំងអស់ចូលចិត្តឲ្យខ្ញុំដេរខោអាវឲ្យគេ។ ដល់បុណ្យចូលឆ្នាំ ខ្ញុំដេរមិនឈប់ដៃសោះ។",
            {"sewing", "tailoring"},
        ),
        (
            "ខ្ញុំចូលចិត្តត្បាញកន្ទេលណាស់ អង្គុយត្បាញពេញថ្ងៃក៏មិនធុញ ម៉ាក់ថាដៃខ្ញុំស្អាតជាងគេ😊",
            {"weaving"},
        ),
        (
            "ពេលធ្វើការនៅការដ្ឋានសំណង់ ខ្ញុំហត់ខ្លាំងណាស់ ហើយគេមិនឲ្យលុយទៀត។ តែនៅផ្ទះ ខ្ញុំជួសជុលម៉ូតូឲ្យបងប្អូនទាំងអស់ "
            "ខ្ញុំអាចអង្គុយមើលម៉ាស៊ីនបានរាប់ម៉ោង។",
            {"engine_maintenance", "motorbike_repair"},
        ),
        (
            "ខ្ញុំចិញ្ចឹមត្រីនៅស្រះក្រោយផ្ទះ ត្រីធំៗល្អណាស់ អ្នកជិតខាងតែងមកសួរខ្ញុំពីរបៀបចិញ្ចឹម។",
            {"fish_farming"},
        ),
        (
            "ខ្ញុំកត់លុយចំណូលចំណាយឲ្យហាងម៉ាក់រាល់ថ្ងៃ មិនដែលខុសមួយរៀលទេ ម៉ាក់ទុកចិត្តខ្ញុំណាស់",
            {"accounting_basics"},
        ),
        (
            "ក្មេងៗនៅភូមិចូលចិត្តមករៀនអក្សរជាមួយខ្ញុំ។ ខ្ញុំបង្រៀនគេអានពេលល្ងាច ឃើញគេអានចេះ ខ្ញុំសប្បាយចិត្តណាស់។",
            {"teaching"},
        ),
        (
            "ធ្វើការនៅរោងចក្រ ខ្ញុំមិនចូលចិត្តក្លិនថ្នាំគីមីទាល់តែសោះ។ ខ្ញុំពូកែធ្វើនំបញ្ចុក និងនំអន្សម ដាក់លក់មុខផ្ទះ "
            "ដាច់អស់រាល់ព្រឹក។",
            {"cooking", "own_business"},
        ),
        (
            "ពេលមានអ្នកឈឺ ឬរបួសនៅភូមិ គេតែងហៅខ្ញុំទៅជួយរុំរបួស និងមើលថែ។ ខ្ញុំមិនខ្លាចឈាមទេ។",
            {"first_aid", "health_care_support"},
        ),
    ],
    "my": [
        (
            "ရွာက လူတွေ မင်္ဂလာဆောင်ရင် ကျွန်မကိုပဲ မိတ်ကပ်လိမ်းခိုင်းကြတယ်။ ပြီးရင် လှလိုက်တာလို့ ချီးကျူးကြတယ်။",
            {"makeup"},
        ),
        (
            "ကျနော် ဖုန်းပြင်ရတာ ဝါသနာပါတယ်ဗျ သူငယ်ချင်းတွေ ဖုန်းပျက်ရင် ကျနော့်ဆီပဲ လာပို့ကြတာ",
            {"phone_repair"},
        ),
        (
            "အရင်အလုပ်မှာ ညဘက် အိပ်ခွင့်မပေးတာ အရမ်းခက်ခဲခဲ့တယ်။ အိမ်မှာ ထမင်းဟင်းချက်ရတာ ပျော်တယ်၊ မုန့်ဟင်းခါးချက်ရင် "
            "အိမ်နီးချင်းတွေ လာတောင်းကြတယ်။",
            {"cooking"},
        ),
        (
            "ကျွန်မ ယက်ကန်းရက်တတ်တယ်။ အဘွားဆီက သင်ခဲ့တာ၊ လုံချည်တစ်ထည် ပြီးတိုင်း ဂုဏ်ယူမိတယ်။",
            {"weaving"},
        ),
        (
            "ကားမောင်းရတာ အရမ်းကြိုက်တယ် ဦးလေးကားနဲ့ ရွာကလူတွေကို မြို့ကို လိုက်ပို့ပေးနေကျ",
            {"driving", "transport_delivery"},
        ),
        (
            "ဘုရားပွဲရှိရင် ပန်းအလှဆင်တာ ကျွန်မတာဝန်ပဲ။ ခြံထဲမှာ ပန်းပင်တွေစိုက်ပြီး ရေလောင်းနေရင် အချိန်ကုန်မှန်းတောင် မသိဘူး။",
            {"gardening"},
        ),
        (
            "ငါးဖမ်းလှေပေါ်မှာ ရိုက်နှက်ခံရတာ မကြိုက်ဘူး။ ကျနော် ဂဟေဆော်တာ တော်တယ်၊ ရွာက တံခါးဘောင်တွေ သံပန်းတွေ ကျနော်ပဲ "
            "ဂဟေဆော်ပေးခဲ့တာ။",
            {"welding"},
        ),
        (
            "ကလေးထိန်းရတာ ကျွန်မ ဝါသနာပါတယ်။ ညီမလေးတွေ တူလေးတွေကို ကျွန်မပဲ ထိန်းခဲ့တာ၊ ငိုနေရင်လည်း ကျွန်မချော့မှ တိတ်တယ်။",
            {"childcare"},
        ),
    ],
    "zh": [
        (
            "村里的人都喜欢找我剪头发，剪完都说比镇上理发店剪得还好看。",
            {"hairdressing"},
        ),
        (
            "我超爱做蛋糕的哈哈 朋友过生日都找我做 做一下午都不觉得累",
            {"baking"},
        ),
        (
            "以前在电子厂天天加班，站得腿都肿了，我很讨厌那种日子。不过我会说柬埔寨话和中文，村里"
            "谁要办事都叫我去帮忙翻译。",
            {"translation_interpreting"},
        ),
        (
            "我家的账一直是我管的，每个月存多少、花多少我都记得清清楚楚，我妈说我比她还会算。",
            {"accounting_basics", "financial_literacy"},
        ),
        (
            "平时没事就喜欢在家收拾打扫 弄得干干净净的 看着就舒服 亲戚都说我家最整齐",
            {"housework"},
        ),
        (
            "邻居家的小鸡小鸭生病了都抱来给我看，我从小就喜欢照顾动物，一喂就是大半天。",
            {"livestock"},
        ),
        (
            "在餐厅洗碗的时候老板从来不让我们休息，那段时间真的很难熬。我最喜欢画画，还会用手机做"
            "海报、剪视频，朋友开店都找我帮忙设计。",
            {"drawing_painting", "graphic_design"},
        ),
        (
            "我爸的车坏了都是我修的，换机油、修刹车我都会，一钻到车底下就忘了时间。",
            {"car_repair"},
        ),
    ],
}


#: The twenty-second set, held out until the twenty-third was written (first run in session
#: 30: en 0.75, th 0.88, vi 0.82, tl 1.00, km 1.00, my 1.00, zh 1.00; its misses mended then).
#: Written blind in session 30 by a writer given only the concept ids and their English
#: labels (not
#: the vocabulary's terms, its tests or the earlier sets). Its theme: long, rambling voice
#: notes and tellings (35 to 90 words: fillers, repetitions, family, money and health worries,
#: past work), the wish often only near the end; in each language three after talk of past
#: work, two that also say what the person will not do again, two that ask to learn, one
#: torn between two wishes. Committed before its first run; its first run's figures are the
#: ones that count.
SEEN_TWENTY_SECOND: Phrases = {
    "en": [
        (
            "Um, hello, yeah so... I'm back home now with my mum, in the village, and, uh, it's "
            "been hard, you know. Before, I was on the boats, fishing, long hours, and I, I "
            "just... yeah. My mum's sick, her knees, and my little brother is still in school, "
            "so money is, yeah, money is tight. My uncle has a small shop fixing motorbikes and "
            "I used to hang around there. So, um, I'd like to work fixing motorbikes, like a "
            "mechanic, if there's something like that.",
            {"motorbike_repair"},
        ),
        (
            "So, ah, I was in a garment factory for, what, four years? Sewing the same sleeve "
            "all day, all day, all day. Now I'm staying with my sister and her kids in town, and "
            "I'm, I'm tired a lot, my back is not good. Um, and I keep thinking... when I was "
            "small my grandma made cakes, banana cakes, and I loved that, the smell, everything. "
            "So maybe, um, I would like to work in a bakery, making bread and cakes, something "
            "like that.",
            {"baking"},
        ),
        (
            "Uh, yeah, okay. I'm thirty-two, I have two kids, my wife, she sells vegetables "
            "sometimes. Before I did building work, carrying cement, bricks, you know, heavy "
            "stuff, and my shoulder now it's, it's bad, the doctor said don't lift anything "
            "heavy. So, um, I have a motorbike, my brother's motorbike actually, and I was "
            "thinking, I could do delivery, like, delivering food or parcels with the apps. "
            "That's, yeah, that's what I'd like to do now.",
            {"delivery"},
        ),
        (
            "Um, so, I want to say first, I don't want to work in bars again, no karaoke, no "
            "serving drinks, nothing like that, never again. Sorry, I'm, I'm a bit nervous. I "
            "live with my auntie now and I have a little girl, she's three. I have to find "
            "something in the daytime so I can pick her up. I like doing hair, I always did my "
            "friends' hair, braids, cutting, everything, so, um, a hair salon, I'd like to work "
            "in a hair salon.",
            {"hairdressing"},
        ),
        (
            "Ah, okay, so, I was a housemaid before, cleaning, cooking for a family, living in "
            "their house, and I, I really don't want to do that again, living in someone else's "
            "house, no, no more housework jobs please. I'm staying at my cousin's place now, "
            "sharing a room, it's small but okay. I'm good with numbers, I finished high school. "
            "Um, maybe at the cash register in a supermarket? Taking the money, giving change, I "
            "think I could do that, yeah.",
            {"cashier"},
        ),
        (
            "Um, hi. So I never really used a computer, only my phone, and, uh, everybody says "
            "now you need computer for every job. I'm forty-one, I was cutting sugarcane most of "
            "my life, and my hands are, yeah, you can see. My daughter is in grade ten, she's "
            "the smart one. I would like to take a course, a computer course, for beginners, "
            "like typing, Word, email, um, the basic things, so I can find better work.",
            {"basic_computer"},
        ),
        (
            "Ah... so, I want to learn English. Speaking, mostly, like conversation, because I "
            "understand a little bit but when I talk I get shy, my tongue gets, um, stuck. I "
            "live near the beach now with my grandmother, there are lots of tourists, and, uh, I "
            "think if I can speak English better I can get a good job. Before I was washing "
            "dishes, that's all. Yeah, an English speaking class, if there's one, that's what I "
            "want.",
            {"english_conversation"},
        ),
        (
            "Um, so, I've been thinking a lot, like, at night I can't sleep and I'm thinking "
            "what can I do. I'm living with my parents again, they're old, and my son is five. "
            "Before I was working in a shrimp factory, peeling, peeling. Now... I don't know, "
            "maybe looking after children, like at a daycare, because I'm good with kids? Or, "
            "um, sewing, making clothes, my mum taught me a bit. I like both, I can't choose, "
            "sorry.",
            {"childcare", "sewing"},
        ),
    ],
    "th": [
        (
            "เอ่อ... สวัสดีค่ะ คือหนูเคยทำงานเก็บผลไม้ในสวนค่ะ แบบว่าตื่นตีสี่ทุกวัน ร้อนมาก เหนื่อยมากเลย "
            "ตอนนี้กลับมาอยู่บ้านกับแม่แล้ว แม่ก็ป่วยเป็นเบาหวาน น้องชายก็ยังเรียนอยู่ เงินก็ไม่ค่อยพอหรอกค่ะ แบบว่า... "
            "หนูชอบกาแฟ ชอบดูคนชงกาแฟในร้าน ทำลาเต้ ทำคาปูชิโน่อะไรแบบนี้ ถ้าเป็นไปได้ "
            "หนูอยากทำงานเป็นบาริสต้าค่ะ ชงกาแฟในร้านกาแฟ",
            {"barista"},
        ),
        (
            "ครับ คือ... ผมเคยทำงานโรงงาน แพ็คของใส่กล่อง ยืนทั้งวันเลยครับ แบบว่าทำอยู่สามปี "
            "ไม่ได้เก็บเงินเลยสักบาท ตอนนี้อยู่กับเมียกับลูกสองคนที่บ้านต่างจังหวัด ลูกคนโตจะขึ้น ป.1 แล้ว เอ่อ... "
            "ผมทำไก่ย่างเป็นนะครับ ใครกินก็ว่าอร่อย ผมคิดว่า ถ้ามีทุนนิดหน่อย ผมอยากเปิดแผงขายไก่ย่างที่ตลาดนัดครับ "
            "เป็นของตัวเอง ทำเองขายเอง",
            {"market_trading", "own_business"},
        ),
        (
            "เอ่อ คือ ผมเคยออกเรือประมงครับ อยู่บนเรือเป็นเดือนๆ แบบว่าคลื่นแรง นอนไม่ค่อยได้ กินก็ไม่ค่อยได้ "
            "ตอนนี้ขึ้นฝั่งมาแล้ว อยู่กับพ่อที่บ้านนา พ่อแก่แล้ว เดินไม่ค่อยไหว ผมเป็นห่วงพ่อ ไม่อยากไปไกลอีก แบบว่า... "
            "ที่บ้านมีที่ว่างอยู่หลังบ้าน ผมอยากเลี้ยงไก่ เลี้ยงหมูครับ เลี้ยงสัตว์อยู่ที่บ้านนี่แหละ จะได้ดูแลพ่อไปด้วย",
            {"livestock"},
        ),
        (
            "คือ หนูขอพูดก่อนนะคะ หนูไม่อยากทำงานร้านคาราโอเกะอีกแล้ว ไม่เอาแล้วค่ะ ไม่อยากนั่งดื่มกับแขก "
            "ไม่อยากเสิร์ฟเหล้าอีก แบบว่า... ตอนนี้หนูอยู่กับยายค่ะ มีลูกสาวหนึ่งคน อายุสี่ขวบ หนูอยากทำงานกลางวัน "
            "เย็นๆ จะได้กลับไปรับลูกที่โรงเรียน หนูชอบทำเล็บค่ะ ทาสีเล็บ เพ้นท์เล็บ ทำให้เพื่อนบ่อยๆ "
            "หนูอยากทำงานร้านทำเล็บค่ะ",
            {"nail_care"},
        ),
        (
            "ครับ เอ่อ ผมเคยทำโรงงานที่มีสารเคมี กลิ่นแรงมาก แบบว่าหายใจไม่ค่อยออก "
            "ผมไม่อยากกลับไปทำงานกับสารเคมีอีกแล้วครับ ไม่เอาเด็ดขาด ตอนนี้ยังไอบ่อยอยู่เลย หมอบอกให้พักปอดก่อน "
            "ผมมีใบขับขี่แล้วนะครับ ขับรถกระบะได้ ขับรถตู้ก็ได้ ผมอยากทำงานเป็นคนขับรถครับ ขับรถรับส่งพนักงาน "
            "หรือขับรถให้บริษัทก็ได้",
            {"driving"},
        ),
        (
            "แบบว่า... หนูอยากไปเรียนนวดแผนไทยค่ะ เรียนเป็นคอร์สที่มีใบประกาศ คือหนูเคยนวดให้ยายที่บ้าน "
            "ยายบอกว่ามือหนักดี ฮ่าๆ ก่อนหน้านี้หนูรับจ้างตัดอ้อย ตอนนี้ยังไม่มีงาน อยู่บ้านกับน้องสองคน เงินที่มีก็ใกล้หมดแล้ว "
            "หนูกลัวว่าเรียนแล้วจะแพงไหม เรียนนานไหม ถ้ามีที่สอนฟรีหรือถูกๆ หนูอยากเรียนค่ะ "
            "จะได้ไปทำงานนวดที่สปาแบบถูกต้อง",
            {"massage"},
        ),
        (
            "เอ่อ คือ พี่อายุสี่สิบห้าแล้วนะ ใช้มือถือก็เป็นแค่ไลน์ เฟซบุ๊ก แบบว่า... เห็นคนอื่นเขาไลฟ์ขายของในเฟซบุ๊ก "
            "ขายดีมาก พี่อยากเรียนวิธีขายของออนไลน์ ถ่ายรูปสินค้า โพสต์ขาย ตอบแชตลูกค้า ส่งของยังไง "
            "คือพี่ทำขนมไทยเป็น อยากขายออนไลน์ จะได้อยู่บ้านดูแลหลานไปด้วย ก่อนหน้านี้พี่รับจ้างล้างจานมาตลอด "
            "เหนื่อยแล้ว",
            {"online_selling"},
        ),
        (
            "อืม... หนูก็ยังไม่แน่ใจนะคะ คือ หนูอยากทำงานโรงแรม ทำความสะอาดห้องพัก ปูเตียง อะไรแบบนี้ "
            "เพราะเพื่อนหนูก็ทำอยู่ บอกว่ามีที่พักให้ด้วย แต่แบบว่า หนูก็ชอบทำกับข้าวมาก อยากเป็นแม่ครัว "
            "ทำอาหารในร้านอาหาร หนูเลือกไม่ถูกเลยค่ะ สองอย่างนี้แหละ ตอนนี้หนูอยู่กับแม่ที่บ้าน ยังไม่มีรายได้เลย "
            "แม่ก็บอกให้หนูเลือกเอง",
            {"cooking", "housekeeping"},
        ),
    ],
    "vi": [
        (
            "Dạ, thì... em làm ở xưởng may mấy năm, ngồi may từ sáng tới tối, mắt em giờ yếu "
            "lắm. Giờ em về quê ở với ba mẹ rồi, ba em bị đau lưng, không làm nặng được, mẹ thì "
            "hay bệnh. Nhà có miếng đất nhỏ sau nhà, bỏ không lâu rồi. Ờ, thì em nghĩ... em muốn "
            "trồng rau, trồng rau sạch á, rau muống, cải, mấy thứ đó. Em muốn làm vậy, ở gần "
            "nhà, chăm ba mẹ luôn.",
            {"vegetable_growing"},
        ),
        (
            "Ừm, anh nói thiệt, trước anh đi làm phụ hồ, khiêng gạch, trộn xi măng, nắng thì "
            "nắng muốn xỉu luôn. Giờ anh ba mươi lăm rồi, có vợ với hai đứa nhỏ, đứa lớn mới vô "
            "lớp một, tiền học cũng tốn lắm. Thì... hồi đó anh hay coi mấy ông thợ điện đi dây, "
            "anh thấy cũng hay. Anh muốn làm thợ điện, đi dây điện, lắp ổ cắm, bóng đèn trong "
            "nhà, mấy cái đó đó.",
            {"electrical_wiring"},
        ),
        (
            "Dạ, thì em trước đi làm giúp việc nhà, nấu ăn, lau nhà, giặt đồ, ờ, làm hết. Giờ em "
            "ở trọ với chị họ, tiền trọ tháng nào cũng lo. Mẹ em bệnh, em phải gửi tiền về. Em "
            "học hết lớp mười hai, nói tiếng Anh được chút chút. Ừm... em muốn làm lễ tân khách "
            "sạn, đứng quầy, đón khách, làm thủ tục nhận phòng cho khách, em thấy công việc đó "
            "đàng hoàng, em thích.",
            {"front_desk"},
        ),
        (
            "Thì... trước em đi biển, đi tàu cá, mà thôi, em không muốn đi biển nữa đâu, không "
            "bao giờ lên tàu cá nữa. Ờ, giờ em ở với bà nội, bà già rồi, em phải lo cho bà. Em "
            "hay sửa điện thoại cho bạn bè, thay màn hình, thay pin, coi trên mạng rồi làm theo. "
            "Em muốn làm ở tiệm sửa điện thoại, sửa điện thoại di động, để kiếm tiền nuôi bà.",
            {"phone_repair"},
        ),
        (
            "Dạ, em nói trước là em không muốn làm quán karaoke, quán nhậu nữa, không rót bia, "
            "không ngồi với khách nữa, em sợ lắm rồi. Thì... giờ em ở với mẹ, có đứa con trai "
            "hai tuổi. Em có để dành được chút tiền. Em muốn mở một quán cà phê nhỏ trước nhà, "
            "bán cà phê, nước ép, ờ, tự làm chủ, vậy thì con em em trông được luôn.",
            {"coffee", "own_business"},
        ),
        (
            "Ờ... em muốn đi học nghề cắt tóc. Dạ, học cắt, uốn, nhuộm tóc á. Em thấy tiệm tóc ở "
            "gần nhà đông khách lắm. Trước em làm công nhân lột tôm, tay em bị nứt hết. Giờ em ở "
            "với em gái, hai chị em thuê phòng nhỏ. Em lo là học phí mắc, học lâu không có tiền "
            "ăn, nhưng mà em thích lắm, em muốn học cho có nghề.",
            {"hairdressing"},
        ),
        (
            "Dạ chị ơi, thì em học xong lớp mười hai rồi mà chưa có nghề gì hết. Trước em đi bán "
            "vé số, bán hàng rong ngoài đường. Ờ, giờ em ở với dì, dì cho ở nhờ. Em thích làm "
            "việc với con số, tính toán. Em muốn đi học kế toán, kế toán cơ bản thôi, ghi sổ "
            "sách, tính lời lỗ, để sau này làm sổ sách cho cửa hàng hay công ty nhỏ.",
            {"accounting_basics"},
        ),
        (
            "Ừm... em cũng phân vân lắm chị ơi. Thì em nấu ăn cũng được, ở nhà em hay nấu cho cả "
            "nhà, em muốn làm phụ bếp hay đầu bếp trong quán ăn. Mà em cũng muốn chăm sóc người "
            "già nữa, hồi đó em chăm bà ngoại mấy năm, em quen rồi. Hai cái đó em đều thích, "
            "không biết chọn cái nào. Giờ em ở quê, con em đi học, em muốn làm gần nhà.",
            {"cooking", "elder_care"},
        ),
    ],
    "tl": [
        (
            "Ano po, kasi dati nagtrabaho ako sa tubuhan, nagtatabas ng tubo, mainit, ang hirap "
            "po talaga. Ngayon nandito na ako sa probinsya, kasama ko si nanay at yung dalawang "
            "kapatid ko, ako lang yung may kakayahang magtrabaho. Eh, yung pinsan ko, welder "
            "siya, minsan tinuturuan niya ako. Ano... gusto ko po sanang maging welder, "
            "magwelding ng bakal, gumawa ng mga gate, ganun po.",
            {"welding"},
        ),
        (
            "Ah, eh, dati po waiter ako sa restaurant, nagseserve, naglilinis ng mesa, "
            "hatinggabi na umuuwi. Ngayon po nakatira ako sa tita ko, tumutulong ako sa bahay. "
            "Yung lola ko po, ako yung nag-alaga sa kanya bago siya namatay, kaya sanay na ako. "
            "Ano po... gusto ko sanang mag-alaga ng matatanda, parang caregiver ng mga lolo't "
            "lola, kasi masaya ako kapag kasama ko sila.",
            {"elder_care"},
        ),
        (
            "Ano, ganito po kasi, dati nasa pabrika ako, nag-a-assemble ng mga piyesa, "
            "paulit-ulit, nakatayo buong araw. Ngayon nakatira ako sa kuya ko dito sa bayan, may "
            "dalawa akong anak na nasa lola nila muna. Medyo magaling naman ako mag-English, "
            "nakatapos ako ng high school. Eh, sabi nila malaki daw sweldo sa call center. Gusto "
            "ko po sanang magtrabaho sa call center, sumasagot ng tawag ng customer.",
            {"call_centre"},
        ),
        (
            "Ayoko na po bumalik sa laot, ayoko na sumakay ng bangkang pangisda, ayoko na "
            "talaga. Ano po, ngayon nandito ako sa amin, kasama asawa ko at tatlong anak. Yung "
            "tatay ko po karpintero dati, natuto ako sa kanya gumawa ng mesa, upuan, mag-ayos ng "
            "bubong. Gusto ko po sanang maging karpintero, gumawa ng mga gamit na gawa sa kahoy, "
            "para malapit lang ako sa pamilya.",
            {"carpentry"},
        ),
        (
            "Ano po... ayoko na pong maging kasambahay ulit, yung stay-in, naglalaba, naglilinis "
            "ng bahay ng ibang tao, hindi na po, ayoko na. Nandito na ako sa amin, kasama ko mga "
            "anak ko, tatlo sila, maliliit pa. Gusto ko po sanang magtayo ng maliit na tindahan, "
            "sari-sari store sa harap ng bahay namin, sariling negosyo po, kahit maliit lang, "
            "para nababantayan ko rin yung mga bata.",
            {"own_business"},
        ),
        (
            "Ah, eh, gusto ko po sanang mag-aral mag-drive, yung may training talaga, tapos "
            "kumuha ng lisensya, professional driver's license po. Dati construction worker ako, "
            "nagbubuhat ng hollow blocks, ngayon masakit na likod ko. May asawa ako at isang "
            "baby. Ano... nag-aalala ako kasi mahal daw yung driving school, pero kung may "
            "libreng training, sasali talaga ako.",
            {"driving_licence"},
        ),
        (
            "Ano po, mahilig po talaga ako mag-makeup, nanonood ako sa YouTube tapos ginagaya "
            "ko. Gusto ko po mag-aral ng makeup, yung may course, para maging makeup artist sa "
            "mga kasal, debut, ganun. Dati po naglilinis ako ng opisina, night shift. Ngayon "
            "nakatira ako sa ate ko, wala pa akong trabaho, kaya medyo nahihiya ako kasi siya "
            "lahat gumagastos. Sana po may libreng training.",
            {"makeup"},
        ),
        (
            "Hmm, ano, hindi ko pa po alam talaga. Kasi gusto ko mag-photography, kumuha ng "
            "litrato sa mga event, tapos, ano, gusto ko rin yung video editing, mag-edit ng mga "
            "video sa computer. Pareho ko pong gusto, ang hirap pumili. Dati po nagtatrabaho ako "
            "sa palengke, nagbubuhat ng gulay. Ngayon nasa bahay lang ako kasama si lola, pero "
            "may luma akong cellphone, dun ako nag-eedit.",
            {"graphic_design", "photography"},
        ),
    ],
    "km": [
        (
            "អឺ... បាទ ពីមុនខ្ញុំធ្វើការនៅរោងឥដ្ឋ លីឥដ្ឋ ដុតឥដ្ឋ ក្ដៅណាស់ ហត់ណាស់។ ឥឡូវខ្ញុំមកនៅផ្ទះវិញហើយ នៅជាមួយប្រពន្ធ "
            "និងកូនពីរនាក់។ អញ្ចឹង... ខ្ញុំបារម្ភរឿងលុយ ព្រោះកូនត្រូវការលុយរៀន។ នៅក្រោយផ្ទះមានស្រះតូចមួយ ទុកចោលយូរហើយ។ "
            "ខ្ញុំចង់ចិញ្ចឹមត្រី ចិញ្ចឹមត្រីក្នុងស្រះនោះ ហើយលក់ឲ្យអ្នកភូមិ។ បាទ ខ្ញុំចង់ធ្វើអញ្ចឹង។",
            {"fish_farming"},
        ),
        (
            "បាទ អឺ... ពីមុនខ្ញុំធ្វើការរោងចក្រកាត់ដេរ នៅផ្នែកអ៊ុតខោអាវ ឈរពេញមួយថ្ងៃ។ ឥឡូវខ្ញុំនៅជាមួយម្ដាយនៅខេត្ត "
            "ម្ដាយខ្ញុំឈឺជើង ដើរមិនសូវរួច។ អញ្ចឹងខ្ញុំត្រូវរកលុយទិញថ្នាំឲ្យគាត់។ ពូខ្ញុំគាត់ជាជាងលាបថ្នាំផ្ទះ "
            "ខ្ញុំធ្លាប់ទៅជួយគាត់ម្ដងម្កាល។ អឺ... ខ្ញុំចង់ធ្វើជាជាងលាបថ្នាំផ្ទះ លាបពណ៌ជញ្ជាំង អញ្ចឹងណា៎។",
            {"house_painting"},
        ),
        (
            "អញ្ចឹង... ពីមុនខ្ញុំចេញទៅរកត្រីនៅសមុទ្រ នៅលើទូកយូរៗ ម្ដងៗពីរបីខែ។ ឥឡូវខ្ញុំនៅក្រុងជាមួយបងប្រុស ជួលបន្ទប់តូចមួយ។ "
            "កូនស្រីខ្ញុំនៅជាមួយយាយនៅស្រុក ខ្ញុំនឹកកូនណាស់។ អឺ... ខ្ញុំចេះបើកម៉ូតូ ហើយបងខ្ញុំមានរ៉ឺម៉កមួយ។ ខ្ញុំចង់ធ្វើជាអ្នកបើករ៉ឺម៉ក "
            "ដឹកភ្ញៀវ រកលុយផ្ញើទៅកូន។",
            {"driving"},
        ),
        (
            "ចាស ខ្ញុំមិនចង់ធ្វើការនៅកាស៊ីណូទៀតទេ មិនចង់ទាល់តែសោះ ធ្វើការយប់ៗ មិនបានដេក។ អឺ... ឥឡូវខ្ញុំនៅជាមួយម្ដាយ "
            "និងប្អូនស្រី។ ខ្ញុំចង់ធ្វើការពេលថ្ងៃវិញ។ ខ្ញុំចូលចិត្តរៀបចំ សម្អាតអ្វីៗឲ្យស្អាត។ អញ្ចឹង ខ្ញុំចង់ធ្វើការនៅសណ្ឋាគារ "
            "ជាអ្នករៀបចំបន្ទប់ សម្អាតបន្ទប់ ប្ដូរកម្រាលពូក អញ្ចឹងណា៎ ចាស។",
            {"housekeeping"},
        ),
        (
            "ចាស អឺ... ខ្ញុំមិនចង់ទៅធ្វើជាអ្នកបម្រើតាមផ្ទះគេទៀតទេ មិនចង់ទៅឆ្ងាយទៀតទេ នឹកកូនណាស់។ "
            "ឥឡូវខ្ញុំនៅភូមិជាមួយកូនពីរនាក់ និងម្ដាយខ្ញុំ។ ម្ដាយខ្ញុំគាត់ត្បាញសូត្រ ខ្ញុំក៏ចេះត្បាញដែរ តាំងពីតូច។ អញ្ចឹង "
            "ខ្ញុំចង់ត្បាញក្រមា ត្បាញសំពត់សូត្រ នៅផ្ទះ ហើយលក់។ ខ្ញុំចង់ធ្វើការងារនេះ ចាស។",
            {"weaving"},
        ),
        (
            "អឺ... ខ្ញុំចង់រៀនកាត់ដេរ រៀនដេរខោអាវ ដើម្បីដេរខោអាវឲ្យអ្នកភូមិ។ ពីមុនខ្ញុំធ្វើការចម្ការ បេះម្រេច ដាំដំឡូង។ "
            "ឥឡូវខ្ញុំមានកូនតូចមួយ មិនអាចទៅធ្វើការឆ្ងាយបានទេ។ អញ្ចឹង ខ្ញុំបារម្ភថាវគ្គរៀនថ្លៃពេកឬអត់ "
            "ហើយរៀនយូរប៉ុន្មានខែ? បើមានកន្លែងបង្រៀនដោយឥតគិតថ្លៃ ខ្ញុំចង់ចូលរៀនណាស់។",
            {"sewing"},
        ),
        (
            "បាទ អឺ... ខ្ញុំចង់រៀនធ្វើជាមគ្គុទ្ទេសក៍ទេសចរណ៍ នាំភ្ញៀវបរទេសទៅមើលប្រាសាទ និយាយពីប្រវត្តិសាស្ត្រ។ "
            "ខ្ញុំចូលចិត្តប្រវត្តិសាស្ត្រខ្មែរណាស់។ ពីមុនខ្ញុំលាងចានក្នុងហាងបាយ។ ឥឡូវនៅជាមួយឪពុកម្ដាយ ឪពុកខ្ញុំចាស់ហើយ។ "
            "អញ្ចឹង... ខ្ញុំចេះអង់គ្លេសបន្តិចបន្តួច តែខ្ញុំចង់ចូលរៀនវគ្គមគ្គុទ្ទេសក៍ ដើម្បីមានការងារល្អ។",
            {"tour_guiding"},
        ),
        (
            "អឺ... ខ្ញុំមិនទាន់ដឹងច្បាស់ទេ។ ខ្ញុំចង់ធ្វើសក់ កាត់សក់ អ៊ុតសក់ឲ្យគេ ព្រោះខ្ញុំចូលចិត្ត។ តែអញ្ចឹង "
            "ខ្ញុំក៏ចង់លក់ដូរនៅផ្សារដែរ លក់បន្លែ លក់ផ្លែឈើ ដូចម្ដាយខ្ញុំ។ ពីរយ៉ាងនេះ ខ្ញុំពិបាកជ្រើសណាស់។ ឥឡូវខ្ញុំនៅជាមួយម្ដាយ "
            "ពីមុនខ្ញុំធ្វើការចម្ការកៅស៊ូ។ ខ្ញុំត្រូវការលុយចិញ្ចឹមកូន។",
            {"hairdressing", "market_trading"},
        ),
    ],
    "my": [
        (
            "အဲ... ဆိုတော့ ကျွန်တော် အရင်က ငါးဖမ်းလှေပေါ်မှာ အလုပ်လုပ်ခဲ့တယ်ဗျ။ လှိုင်းကြီးတယ်၊ အိပ်ရေးမဝဘူး။ အခု ရွာကို "
            "ပြန်ရောက်ပြီ၊ အမေနဲ့ ညီလေးနဲ့ နေတယ်။ အမေက နေမကောင်းဘူး၊ ဆေးဖိုးလိုတယ်။ ဟို... ကျွန်တော် ကားတွေကို "
            "စိတ်ဝင်စားတယ်။ ကားပြင်ဆရာ လုပ်ချင်တယ်ဗျ၊ ကားစက်ပြင်တာ၊ ကားဝပ်ရှော့မှာ အလုပ်လုပ်ချင်တယ်။",
            {"car_repair"},
        ),
        (
            "ဆိုတော့... ကျွန်မ အရင်က ရော်ဘာခြံမှာ ရော်ဘာစေးခြစ်တဲ့ အလုပ် လုပ်ခဲ့တယ်။ မနက်အစောကြီး ထရတယ်၊ ပင်ပန်းတယ်။ အခု "
            "အစ်မနဲ့ အတူနေတယ်၊ သမီးလေးတစ်ယောက် ရှိတယ်၊ ကျောင်းနေတုန်း။ အင်း... ကျွန်မ ငယ်ငယ်က အမေ့ဆီက အပ်ချုပ်တာ နည်းနည်း "
            "သင်ဖူးတယ်။ အဲဒါကြောင့် အဝတ်အစား ချုပ်တဲ့ အလုပ် လုပ်ချင်တယ်၊ အင်္ကျီ၊ ထဘီ ချုပ်ချင်တယ်ရှင့်။",
            {"sewing"},
        ),
        (
            "အဲ့ဒါ... ကျွန်တော် အရင်က စားသောက်ဆိုင်မှာ ပန်းကန်ဆေးတဲ့ အလုပ် လုပ်ခဲ့တယ်။ ညဉ့်နက်မှ အိမ်ပြန်ရတယ်။ အခု မြို့မှာ "
            "သူငယ်ချင်းနဲ့ အခန်းငှားနေတယ်၊ အိမ်လခ ပေးရတာ ခက်တယ်။ ဟို... သူငယ်ချင်းက ဂိုဒေါင်မှာ ဖို့ကလစ် မောင်းတယ်၊ "
            "လစာကောင်းတယ်တဲ့။ ကျွန်တော်လည်း ဂိုဒေါင်မှာ ဖို့ကလစ် မောင်းတဲ့ အလုပ် လုပ်ချင်တယ်ဗျ။",
            {"forklift_operation"},
        ),
        (
            "ဆိုတော့ ကျွန်မ ပြောချင်တာက ဓာတုဆေး၊ ပိုးသတ်ဆေး ဖျန်းတဲ့ အလုပ် ထပ်မလုပ်ချင်တော့ဘူး၊ လုံးဝ မလုပ်ချင်တော့ဘူး။ "
            "အသက်ရှူရ ခက်တယ်၊ ခေါင်းကိုက်တယ်။ အင်း... အခု အဖွားနဲ့ နေတယ်။ ကျွန်မ ပန်းပင်တွေ စိုက်ရတာ ကြိုက်တယ်။ ပန်းခြံမှာ "
            "ပန်းစိုက်တဲ့ အလုပ်၊ အပင်တွေ ရေလောင်းတာ၊ ပြုစုတာ အဲဒီလို အလုပ် လုပ်ချင်တယ်ရှင့်။",
            {"gardening"},
        ),
        (
            "အဲ... ကျွန်မ ကာရာအိုကေဆိုင်မှာ ထပ်ပြီး အလုပ်မလုပ်ချင်တော့ဘူး၊ ညဘက်အလုပ် မလုပ်ချင်တော့ဘူး။ ဆိုတော့... ကျွန်မ ဆယ်တန်း "
            "အောင်ထားတယ်။ အခု အမေနဲ့ ညီမလေးနဲ့ နေတယ်။ ရပ်ကွက်ထဲက ကလေးတွေကို စာသင်ပေးဖူးတယ်၊ ကလေးတွေ ချစ်တယ်။ ကျွန်မ "
            "ကလေးတွေကို စာသင်တဲ့ ဆရာမ အလုပ် လုပ်ချင်တယ်၊ ကျူရှင်မှာဖြစ်ဖြစ်ပေါ့။",
            {"teaching"},
        ),
        (
            "ဟို... ကျွန်တော် ထိုင်းစကား သင်ချင်တယ်ဗျ။ ပြောတတ်ရင် အလုပ်ရှာရတာ ပိုလွယ်မယ်လို့ ထင်တယ်။ အခု နည်းနည်းပဲ နားလည်တယ်၊ "
            "ပြောရင် ရှက်တယ်။ အရင်က ဆောက်လုပ်ရေးမှာ အုတ်သယ်တဲ့ အလုပ် လုပ်ခဲ့တယ်။ အခု ဦးလေးအိမ်မှာ နေတယ်။ ဆိုတော့... ညနေပိုင်း "
            "သင်တန်း ရှိရင် တက်ချင်တယ်၊ စာဖတ်တာ၊ ရေးတာရော သင်ချင်တယ်။",
            {"language_learning"},
        ),
        (
            "အင်း... ကျွန်မ သူနာပြုလက်ထောက် သင်တန်း တက်ချင်တယ်ရှင့်။ ဆေးရုံမှာ လူနာတွေကို ပြုစုတဲ့ အလုပ် လုပ်ချင်လို့ပါ။ အရင်က "
            "အထည်ချုပ်စက်ရုံမှာ ချည်မျှင်ညှပ်တဲ့ အလုပ် လုပ်ခဲ့တယ်။ အဖေ နေမကောင်းတုန်းက ကျွန်မ ပြုစုခဲ့တယ်။ ဆိုတော့... သင်တန်းကြေး "
            "ဈေးကြီးမလား စိုးရိမ်တယ်၊ ဒါပေမဲ့ တကယ် သင်ချင်တယ်။",
            {"health_care_support"},
        ),
        (
            "ဆိုတော့... ကျွန်မ ဘာလုပ်ရမလဲ မသေချာသေးဘူး။ မိတ်ကပ်လိမ်းပေးတဲ့ အလုပ် လုပ်ချင်တယ်၊ မင်္ဂလာဆောင်တွေမှာ မိတ်ကပ်ဆရာမ "
            "လုပ်ချင်တယ်။ ဒါပေမဲ့ အွန်လိုင်းမှာ ဖေ့စ်ဘွတ်ကနေ အဝတ်အစား ရောင်းတာလည်း လုပ်ချင်တယ်။ နှစ်ခုလုံး ကြိုက်တယ်၊ ရွေးရခက်တယ်။ "
            "အခု အိမ်မှာ အမေနဲ့ နေတယ်၊ အရင်က ဈေးထဲမှာ ငါးရောင်းခဲ့တယ်။",
            {"makeup", "online_selling"},
        ),
    ],
    "zh": [
        (
            "嗯……我以前在电子厂做组装，就是一直拧螺丝，拧了三年，眼睛都花了。那个，现在我回老家了"
            "，跟我妈还有儿子住一起，我儿子才六岁。家里钱不太够，我妈身体也不好。然后……我一直挺喜"
            "欢做饭的，家里都是我做。我想去饭店当厨师，炒菜，做家常菜那种，嗯，就是想做这个。",
            {"cooking"},
        ),
        (
            "那个，我之前在工地干活，搬砖、扛水泥，什么都干，腰都累坏了。嗯……现在我跟老婆孩子在县"
            "城租房子住，房租每个月都要交，压力挺大的。我有一辆电动车，然后我看现在送外卖的挺多的"
            "，时间也自由。我就想，嗯，去送外卖，或者送快递也行，送东西这种工作我想做。",
            {"delivery"},
        ),
        (
            "呃，我以前一直在种地，帮人家种甘蔗、砍甘蔗，一年到头都在地里。现在我来城里了，住在我"
            "表哥那里。我四十多岁了，文化也不高，字认识不多。那个……我身体还行，晚上熬夜也可以。我"
            "想找个保安的工作，在小区或者商场当保安，看门、巡逻那种，嗯，稳定一点就好。",
            {"security_services"},
        ),
        (
            "我先说啊，我不想再去赌场上班了，真的不想，那种地方我再也不去了。嗯……我会说中文，也会"
            "说泰语，还有一点英语。现在我跟妹妹住在一起，她在读大学，我想供她读完。那个，我想做翻"
            "译的工作，帮人家中文泰语互相翻译，口译也可以，就是用语言工作。",
            {"translation_interpreting"},
        ),
        (
            "嗯，那个……以前我做保洁，天天打扫卫生，拖地、洗厕所，我不想再做打扫卫生的工作了，手都"
            "泡烂了。现在我在家，跟我女儿住，她上初中。然后我平时喜欢串珠子，做手链、耳环，朋友都"
            "说好看。我想做手工首饰，串珠的那种，做好了拿去卖，嗯，这个我真的喜欢。",
            {"jewellery_making"},
        ),
        (
            "嗯……我想学平面设计，就是用电脑做海报、做图片，还有剪视频。我以前在餐馆端盘子，端了好"
            "几年。那个，现在我住在我姐家，她说学个技术以后好找工作。我有点担心，学费也不知道多少"
            "，要学多久。但是我真的很想学，如果有免费的培训班就好了。",
            {"graphic_design"},
        ),
        (
            "那个……我想去学做咖啡，就是当咖啡师，学拉花、做拿铁那种。嗯，我以前是在鱼罐头厂上班，"
            "天天站着，手很冷。现在我回家了，跟爸妈住，我爸腿不好。然后我看镇上开了好几家咖啡店，"
            "年轻人都喜欢去。我想先去上个咖啡师的培训课，学会了再去咖啡店工作。",
            {"barista"},
        ),
        (
            "嗯……我也不知道选哪个好。就是，我想当保姆带小孩，我很喜欢小孩子，我自己也有两个。但是"
            "那个，照顾老人我也想做，以前我照顾我奶奶好几年，我有经验。两个我都想做，真的不知道怎"
            "么选。现在我住在老家，孩子在上学，我希望工作离家近一点。",
            {"childcare", "elder_care"},
        ),
    ],
}


#: The twenty-first set, held out until the twenty-second was written (first run in session
#: 30: en 0.82, th 1.00, vi 1.00, tl 0.90, km 1.00, my 1.00, zh 1.00; its misses mended then).
#: Written blind in session 30 by a writer given only the concept ids and their English
#: labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: code-switching and
#: loanwords, as people in the region talk and type: English job words in Latin letters
#: inside a local sentence, or written in the local script ("part-time ที่ cafe", "làm
#: sales", "做admin", แคชเชียร์, စူပါမားကက်), brands and platforms as work words; in each
#: language two typed as on a phone, two that also say what the person does not want, two
#: that ask to learn. Committed before its first run; its first run's figures are the ones
#: that count.
SEEN_TWENTY_FIRST: Phrases = {
    "en": [
        (
            "wan work grab food rider la, got own motor already",
            {"delivery"},
        ),
        (
            "can find me job at kopitiam or cafe? i make kopi also can",
            {"barista", "coffee"},
        ),
        (
            "I want hotel housekeeping job, making beds and all, but not factory again ah",
            {"housekeeping"},
        ),
        (
            "Prefer to sell online, like open my own Shopee shop from home. Don't want to be KTV "
            "promoter anymore",
            {"online_selling"},
        ),
        (
            "I want to take up a caregiving course po, for the elderly, so I can work as caregiver",
            {"elder_care"},
        ),
        (
            "Can I learn basic computer, like Excel and typing, so can work in office",
            {"basic_computer", "office_admin"},
        ),
        (
            "She says she wants to do nails, then open her own small nail salon someday",
            {"nail_care", "own_business"},
        ),
        (
            "I'm good with my hands, want to be electrician helper, doing the wiring for aircon "
            "and lights",
            {"electrical_wiring"},
        ),
    ],
    "th": [
        (
            "อยากทำงานpart timeที่cafeค่ะ",
            {"coffee"},
        ),
        (
            "อยากขายของonlineค่า ไลฟ์ขายเสื้อผ้าในtiktok",
            {"online_selling"},
        ),
        (
            "อยากเป็นแคชเชียร์ที่เซเว่น ไม่อยากกลับไปทำงานบนเรือประมงแล้ว",
            {"cashier"},
        ),
        (
            "อยากทำงานออฟฟิศ คีย์ข้อมูลก็ได้ค่ะ ไม่เอางานโรงงานอีกแล้ว",
            {"data_entry", "office_admin"},
        ),
        (
            "อยากเรียนทำเบเกอรี่ ทำเค้กกับคุกกี้ขายเองที่บ้าน",
            {"baking"},
        ),
        (
            "อยากเรียนภาษาอังกฤษ จะได้ทำงานโรงแรมตำแหน่งฟรอนต์",
            {"english_conversation", "front_desk"},
        ),
        (
            "อยากเป็นช่างแต่งหน้า รับงานเมคอัพเจ้าสาวค่ะ",
            {"makeup"},
        ),
        (
            "น้องเขาอยากทำงานเป็นแคร์กิฟเวอร์ ดูแลผู้สูงอายุ",
            {"elder_care"},
        ),
    ],
    "vi": [
        (
            "e muon lam shipper giao hang, co xe may r",
            {"delivery"},
        ),
        (
            "c muon lam nail o tiem, e biet son mong 1 chut",
            {"nail_care"},
        ),
        (
            "Em muốn làm sales ở shop quần áo, không muốn làm ở karaoke nữa",
            {"retail_sales"},
        ),
        (
            "Muốn làm phụ bếp ở restaurant, không làm xưởng may nữa đâu",
            {"cooking", "food_service"},
        ),
        (
            "Em muốn học pha chế để làm barista ở quán cà phê",
            {"barista", "coffee"},
        ),
        (
            "Em muốn học tiếng Trung, sau này làm translator cho công ty",
            {"chinese_language", "translation_interpreting"},
        ),
        (
            "Chị ấy muốn bán hàng online trên Shopee, tự làm chủ",
            {"online_selling", "own_business"},
        ),
        (
            "Em muốn làm housekeeping ở hotel, dọn phòng cho khách",
            {"housekeeping"},
        ),
    ],
    "tl": [
        (
            "gsto ko mg work s construction, marunong aq mag tiles",
            {"bricklaying"},
        ),
        (
            "pde po ba ako mag apply as cashier sa 7-11",
            {"cashier"},
        ),
        (
            "Gusto ko mag-alaga ng mga bata sa daycare, pero ayoko na maging stay-in na kasambahay",
            {"childcare"},
        ),
        (
            "Gusto ko sa call center, kaya ko naman mag-English, basta hindi na sa bar",
            {"call_centre"},
        ),
        (
            "Gusto ko mag-training sa driving para makakuha ng lisensya, tapos mag-Grab driver",
            {"driving", "driving_licence"},
        ),
        (
            "Gusto kong matuto ng hairdressing, yung gupit at rebond, para maka-work sa salon",
            {"hairdressing"},
        ),
        (
            "Mag-farming na lang ako sa probinsya, magtanim ng gulay",
            {"vegetable_growing"},
        ),
        (
            "Gusto niya mag-open ng sariling sari-sari store",
            {"own_business", "retail_sales"},
        ),
    ],
    "km": [
        (
            "knhom chong tver ka nov hang cafe",
            {"coffee"},
        ),
        (
            "ចង់ធ្វើshipperដឹកឥវ៉ាន់ មានម៉ូតូហើយ",
            {"delivery"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការនៅសណ្ឋាគារ ផ្នែក reception តែមិនចង់ធ្វើការនៅកាស៊ីណូទៀតទេ",
            {"front_desk"},
        ),
        (
            "ចង់ចិញ្ចឹមមាន់ និងជ្រូក ធ្វើ farm តូចមួយនៅផ្ទះ មិនចង់ទៅធ្វើរោងចក្រកាត់ដេរទៀតទេ",
            {"livestock"},
        ),
        (
            "ខ្ញុំចង់រៀនកុំព្យូទ័រ ដូចជា Word និង Excel",
            {"basic_computer"},
        ),
        (
            "ចង់រៀនជួសជុលម៉ូតូ ចង់ធ្វើជាងម៉ូតូ",
            {"motorbike_repair"},
        ),
        (
            "គាត់ចង់ធ្វើការនៅ salon កាត់សក់",
            {"hairdressing"},
        ),
        (
            "ចង់ទទួលដេរខោអាវនៅផ្ទះ មានម៉ាស៊ីនដេរមួយហើយ",
            {"sewing", "tailoring"},
        ),
    ],
    "my": [
        (
            "supermarket mhar a lote lote chin tl",
            {"retail_sales"},
        ),
        (
            "coffee shop mhr barista lote chin tl",
            {"barista", "coffee"},
        ),
        (
            "ဟိုတယ်မှာ housekeeping အလုပ် လုပ်ချင်တယ်၊ ငါးဖမ်းလှေပေါ် ပြန်မသွားချင်တော့ဘူး",
            {"housekeeping"},
        ),
        (
            "ကလေးထိန်း babysitter အလုပ် လုပ်ချင်ပါတယ်၊ စက်ရုံမှာ ပြန်မလုပ်ချင်တော့ဘူး",
            {"childcare"},
        ),
        (
            "ကွန်ပျူတာ သင်တန်း တက်ချင်တယ်၊ office မှာ data entry လုပ်ချင်လို့",
            {"basic_computer", "data_entry"},
        ),
        (
            "အင်္ဂလိပ်စကားပြော သင်တန်း တက်ချင်တယ်၊ tour guide လုပ်ချင်လို့",
            {"english_conversation", "tour_guiding"},
        ),
        (
            "လက်သမား carpenter အလုပ် လုပ်ချင်တယ်",
            {"carpentry"},
        ),
        (
            "Facebook page နဲ့ အဝတ်အစား online ရောင်းချင်တယ်",
            {"online_selling"},
        ),
    ],
    "zh": [
        (
            "想揾份admin嘅工,识用excel",
            {"office_admin"},
        ),
        (
            "揾份parttime送外卖,foodpanda都得",
            {"delivery"},
        ),
        (
            "想做sales,卖手机嗰啲,唔想再返工厂",
            {"retail_sales"},
        ),
        (
            "我想做厨房helper,学煮嘢,唔想再做KTV",
            {"cooking", "food_service"},
        ),
        (
            "想去上课学做美甲同makeup",
            {"makeup", "nail_care"},
        ),
        (
            "想学Canva同剪片,以后做design",
            {"graphic_design"},
        ),
        (
            "想在酒店做前台reception",
            {"front_desk"},
        ),
        (
            "想回老家种菜,搞个小farm",
            {"vegetable_growing"},
        ),
    ],
}


#: The twentieth set, held out until the twenty-first was written (first run in session 29:
#: en 0.75, th 0.82, vi 0.62, tl 0.78, km 0.62, my 0.82, zh 0.82; its misses mended then).
#: Written blind in session 29 by a writer given only the concept ids and their English
#: labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme, half and half: office and
#: computer work named by its tools and tasks (spreadsheets, Canva, a shop's Facebook page,
#: a till, filing, a photocopy shop, a clinic's front office), and care work named by the
#: person cared for or the place (an old man at home, a hospital ward, a pharmacy counter,
#: a nursery, a new mother and her baby); one in four typed as on a phone, one in four with
#: a condition or a dislike. Committed before its first run; its first run's figures are
#: the ones that count.
SEEN_TWENTIETH: Phrases = {
    "en": [
        (
            "I want to get good at Excel so I can do spreadsheets and reports in an office.",
            {"basic_computer", "office_admin"},
        ),
        (
            "making posters on canva for small shops, can i get paid for that?",
            {"creative_media", "graphic_design"},
        ),
        (
            "Client types fast and wants data entry work. Daytime only, and she does not want to "
            "go back to a factory.",
            {"data_entry"},
        ),
        (
            "I'd like a job answering the Facebook page messages for a clothes shop and keeping "
            "track of its orders.",
            {"customer_service", "online_selling"},
        ),
        (
            "Looking after an old man at home, cooking for him and helping him walk.",
            {"domestic_care_work", "elder_care"},
        ),
        (
            "She hopes to work as a helper on a hospital ward, lifting and feeding patients.",
            {"health_care_support"},
        ),
        (
            "want 2 work at a kindergarten w the little kids, part time so i can pick up my son",
            {"childcare", "education"},
        ),
        (
            "First I want to do a first aid course, then work in a care home for the elderly.",
            {"elder_care", "first_aid", "health_care_support"},
        ),
    ],
    "th": [
        (
            "อยากทำงานพิมพ์เอกสารกับสแกนเอกสารเก็บเข้าแฟ้มในออฟฟิศค่ะ",
            {"data_entry", "office_admin"},
        ),
        (
            "อยากเรียน canva ทำโปสเตอร์ให้ร้านค้า ทำที่บ้านได้ยิ่งดี",
            {"creative_media", "graphic_design"},
        ),
        (
            "อยากเป็นแคชเชียร์ใช้เครื่อง POS ในร้านสะดวกซื้อ แต่ไม่เอากะดึกนะคะ",
            {"cashier", "retail_sales"},
        ),
        (
            "ผู้รับบริการต้องการทำงานธุรการในโรงเรียน ช่วยจัดเอกสารและกรอกข้อมูลนักเรียนลงคอมพิวเตอร์",
            {"data_entry", "office_admin"},
        ),
        (
            "อยากดูแลคุณตาคุณยายที่บ้านพักคนชรา ป้อนข้าว พาเดิน",
            {"elder_care", "health_care_support"},
        ),
        (
            "หนูอยากทำงานหน้าเคาน์เตอร์ร้านขายยาค่ะ",
            {"health_care_support", "retail_sales"},
        ),
        (
            "อยากเลี้ยงเด็กเล็กที่เนอสเซอรี่ใกล้บ้าน ทำแค่ตอนกลางวัน",
            {"childcare"},
        ),
        (
            "อยากเป็นพี่เลี้ยงดูแลคุณแม่หลังคลอดกับน้องเบบี๋ค่ะ",
            {"childcare", "domestic_care_work"},
        ),
    ],
    "vi": [
        (
            "em muon hoc excel va nhap lieu de lam van phong",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "Tôi muốn làm trả lời tin nhắn fanpage Facebook cho shop quần áo, làm online tại nhà "
            "để trông con.",
            {"customer_service", "online_selling"},
        ),
        (
            "Tôi muốn làm ở tiệm photocopy, in ấn và scan tài liệu cho khách.",
            {"basic_computer", "office_admin"},
        ),
        (
            "Chị ấy muốn học dùng ứng dụng ghi sổ bán hàng trên điện thoại để quản lý sổ sách "
            "cho tiệm tạp hóa của gia đình.",
            {"accounting_basics", "own_business"},
        ),
        (
            "Tôi muốn chăm sóc một ông cụ tại nhà, nhưng không muốn làm giúp việc dọn dẹp cả ngày.",
            {"elder_care"},
        ),
        (
            "muon lam ho ly o benh vien, ca ngay thoi",
            {"health_care_support"},
        ),
        (
            "Tôi muốn học lớp sơ cấp cứu để sau này làm ở trạm y tế xã.",
            {"first_aid", "health_care_support"},
        ),
        (
            "Em thích chăm sóc trẻ khuyết tật ở trung tâm bảo trợ.",
            {"childcare", "helping_others"},
        ),
    ],
    "tl": [
        (
            "Gusto ko maging virtual assistant, marunong naman ako sa Google Sheets at email.",
            {"basic_computer", "office_admin"},
        ),
        (
            "pwede ba ako mag-data entry from home? need ko kasi bantayan anak ko",
            {"data_entry"},
        ),
        (
            "Gusto kong magtrabaho sa printing at photocopy shop, mag-scan at mag-print ng mga "
            "dokumento.",
            {"basic_computer", "office_admin"},
        ),
        (
            "Nais niyang maging admin staff sa isang klinika: pag-file ng records at "
            "pag-schedule ng mga pasyente.",
            {"health_care_support", "office_admin"},
        ),
        (
            "Gusto ko mag-alaga ng matanda sa bahay nila, yung lolo na hindi na makalakad.",
            {"domestic_care_work", "elder_care"},
        ),
        (
            "Pangarap kong maging receptionist sa clinic ng doktor.",
            {"front_desk", "health_care_support"},
        ),
        (
            "teacher aide sa daycare or kinder, ok lng kahit maliit sahod basta malapit sa bahay",
            {"childcare", "education"},
        ),
        (
            "Gusto kong magtrabaho sa home for the aged para alagaan ang mga matatanda, pero "
            "ayoko ng night shift.",
            {"elder_care", "health_care_support"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់រៀន Excel និងវាយអត្ថបទ Word ដើម្បីធ្វើការនៅការិយាល័យ។",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការជាអ្នកគិតលុយនៅផ្សារទំនើប ប្រើម៉ាស៊ីនគិតលុយ។",
            {"cashier", "retail_sales"},
        ),
        (
            "ចង់ធ្វើ poster ក្នុង Canva អោយហាងលក់ខោអាវ",
            {"creative_media", "graphic_design"},
        ),
        (
            "នាងចង់ធ្វើការងាររដ្ឋបាលនៅសាលារៀន ដូចជាស្កេន និងរៀបចំឯកសារ។ នាងមិនចង់ធ្វើការនៅរោងចក្រទៀតទេ។",
            {"education", "office_admin"},
        ),
        (
            "ខ្ញុំចង់ជួយការងារនៅមន្ទីរពេទ្យ មើលថែអ្នកជំងឺក្នុងបន្ទប់។",
            {"health_care_support"},
        ),
        (
            "ខ្ញុំចង់មើលថែលោកតាចាស់ម្នាក់នៅផ្ទះ។",
            {"domestic_care_work", "elder_care"},
        ),
        (
            "chong twer ka nov pharmacy lok thnam, pel thngai",
            {"health_care_support", "retail_sales"},
        ),
        (
            "ខ្ញុំចង់រៀនថែទាំម្តាយក្រោយសម្រាល និងទារកទើបកើត។",
            {"childcare", "domestic_care_work"},
        ),
    ],
    "my": [
        (
            "ရုံးမှာ ကွန်ပျူတာနဲ့ စာရိုက်တဲ့ အလုပ် လုပ်ချင်ပါတယ်။",
            {"data_entry", "office_admin"},
        ),
        (
            "Facebook page မှာ customer message တွေ ပြန်ဖြေပေးတဲ့ အလုပ် လိုချင်တယ်",
            {"customer_service", "online_selling"},
        ),
        (
            "ဆိုင်ရဲ့ စာရင်းကို ဖုန်း app နဲ့ ကိုင်တတ်ချင်ပါတယ်။ အိမ်နားမှာပဲ လုပ်ချင်တယ်။",
            {"accounting_basics"},
        ),
        (
            "သူမသည် ဆေးခန်းတစ်ခုတွင် လူနာမှတ်တမ်းများ ဖိုင်တွဲသိမ်းခြင်းနှင့် ရုံးအလုပ်များ လုပ်လိုသည်။",
            {"health_care_support", "office_admin"},
        ),
        (
            "ဆေးရုံမှာ သူနာပြု အကူအဖြစ် လုပ်ချင်ပါတယ်",
            {"health_care_support"},
        ),
        (
            "အဘိုးအိုတစ်ယောက်ကို အိမ်မှာ စောင့်ရှောက်ပေးတဲ့ အလုပ်",
            {"domestic_care_work", "elder_care"},
        ),
        (
            "မသန်စွမ်းကလေးတွေကို ပြုစုစောင့်ရှောက်ချင်တယ်။ ညဘက်တော့ မလုပ်ချင်ဘူး။",
            {"childcare", "helping_others"},
        ),
        (
            "first aid သင်တန်းတက်ပြီး ဘိုးဘွားရိပ်သာမှာ လုပ်ချင်တယ်",
            {"elder_care", "first_aid"},
        ),
    ],
    "zh": [
        (
            "我想学Excel表格和打字，以后在办公室做文员。",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "想喺診所做前台，幫手登記病人同埋覆電話。",
            {"front_desk", "health_care_support", "office_admin"},
        ),
        (
            "我想做虚拟助理，在家用电脑帮老板处理邮件和日程，不想再去工厂了。",
            {"basic_computer", "office_admin"},
        ),
        (
            "想學用POS機收銀，喺便利店做part time",
            {"cashier", "retail_sales"},
        ),
        (
            "我想去养老院照顾老人家。",
            {"elder_care", "health_care_support"},
        ),
        (
            "想做陪月，照顧啱啱生完BB嘅媽咪同埋BB",
            {"childcare", "domestic_care_work"},
        ),
        (
            "她希望在幼儿园当保育员，只做白天班，能带孩子一起去更好。",
            {"childcare", "education"},
        ),
        (
            "我想喺藥房櫃位做嘢，幫客人搵藥。",
            {"customer_service", "health_care_support", "retail_sales"},
        ),
    ],
}


#: The nineteenth set, held out until the twentieth was written (first run in session 29:
#: en 0.62, th 0.75, vi 1.00, tl 0.88, km 1.00, my 0.75, zh 0.78; its misses mended then).
#: Written blind in session 29 by a writer given only the concept ids and their English
#: vocabulary's terms, its tests or the earlier sets). Its theme: work as people name it
#: today, by the apps, brands, shop types, products and customers rather than the trade's
#: name (delivery apps, selling on Shopee or TikTok live, milk-tea shops, lash and nail bars,
#: air-con and CCTV fitting, cleaning rented rooms), about one phrase in three also saying what
#: the person no longer wants, one in four typed as on a phone. Committed before its first
#: run; its first run's figures are the ones that count.
SEEN_NINETEENTH: Phrases = {
    "en": [
        (
            "wanna ride for Grab Food, got my own bike and licence already",
            {"delivery"},
        ),
        (
            "She'd like a spot behind the counter at a 7-Eleven or FamilyMart, night shift is "
            "fine, but no more bar work.",
            {"cashier", "retail_sales"},
        ),
        (
            "Lash extensions and brow lamination, that's what I want to learn. I've been doing "
            "my cousin's lashes from YouTube videos.",
            {"beauty_wellness", "makeup"},
        ),
        (
            "Can I learn to put in CCTV cameras and wifi routers for shops and houses?",
            {"electrical_wiring", "it_support"},
        ),
        (
            "not the fish boat again pls. smth like cutting & editing tiktok vids for small brands",
            {"creative_media", "graphic_design"},
        ),
        (
            "Client hopes to join a bubble tea shop, shaking drinks and taking orders at the till.",
            {"barista", "cashier"},
        ),
        (
            "I'd love to run my own Shopee store selling phone cases and screen protectors.",
            {"online_selling", "own_business"},
        ),
        (
            "I'm done with factories. Cleaning Airbnb rooms between guests would suit me, "
            "changing sheets, washing the towels.",
            {"cleaning_services", "housekeeping"},
        ),
    ],
    "th": [
        (
            "อยากเป็นไรเดอร์ LINE MAN ส่งอาหาร มีมอไซค์ของตัวเองแล้วครับ",
            {"delivery"},
        ),
        (
            "หนูอยากเรียนทำเล็บเจลกับต่อขนตาค่ะ ถ้าเก่งแล้วอยากเปิดร้านเล็กๆ ของตัวเอง",
            {"beauty_wellness", "nail_care", "own_business"},
        ),
        (
            "ไม่เอาคาราโอเกะแล้วค่ะ อยากไปชงกาแฟที่ร้าน Café Amazon มากกว่า",
            {"barista", "coffee"},
        ),
        (
            "เจ้าหน้าที่: ผู้รับบริการสนใจไลฟ์สดขายเสื้อผ้าผ่าน TikTok Shop และอยากเรียนถ่ายรูปสินค้าให้ดูดีด้วย",
            {"online_selling", "photography"},
        ),
        (
            "อยากทำงานในครัวร้านอาหารญี่ปุ่น หั่นปลาแซลมอน ปั้นซูชิ",
            {"cooking", "food_service"},
        ),
        (
            "ร้านซักอบรีดก็ได้ค่ะ หนูรีดผ้าเป็น แต่ไม่อยากกลับไปโรงงานแล้ว",
            {"laundry_ironing"},
        ),
        (
            "อยากเรียนติดแอร์ ล้างแอร์ ตามบ้านตามคอนโด",
            {"electrical_wiring"},
        ),
        (
            "อยากทำ call center ของธนาคาร รับสายลูกค้า ตอบแชท eng ได้นิดหน่อย ไม่เอาเรือประมงอีกแล้วนะครับ",
            {"call_centre", "customer_service"},
        ),
    ],
    "vi": [
        (
            "em muon ban hang online tren shopee, chu yeu la my pham voi quan ao",
            {"online_selling"},
        ),
        (
            "Tôi muốn học pha chế trà sữa, làm ở mấy quán như Phúc Long hay Gong Cha.",
            {"barista"},
        ),
        (
            "Chị ấy không muốn quay lại xưởng may nữa. Mong được làm lễ tân khách sạn vì nói "
            "được chút tiếng Anh.",
            {"front_desk", "hospitality"},
        ),
        (
            "Muốn học sửa điện thoại, thay màn hình, dán cường lực, sau này mở tiệm nhỏ ở quê.",
            {"own_business", "phone_repair"},
        ),
        (
            "Làm ở tiệm nail thôi, sơn gel, đắp bột. Không làm quán karaoke nữa đâu.",
            {"nail_care"},
        ),
        (
            "e thich quay video tiktok, dung capcut edit, muon hoc lam content cho may shop",
            {"creative_media", "graphic_design"},
        ),
        (
            "Tôi muốn làm phụ bếp nhà hàng Hàn Quốc, ướp thịt nướng, cuốn kimbap.",
            {"cooking", "food_service"},
        ),
        (
            "Đứng quầy thu ngân ở Bách Hóa Xanh hay Circle K cũng được, miễn là không phải ra "
            "biển đánh cá nữa.",
            {"cashier", "retail_sales"},
        ),
    ],
    "tl": [
        (
            "Gusto ko mag-rider sa Foodpanda, may motor na ako.",
            {"delivery"},
        ),
        (
            "Hindi na po sa pabrika. Gusto ko po magbenta sa TikTok Shop, mag-live selling ng "
            "ukay-ukay.",
            {"online_selling"},
        ),
        (
            "Nais niyang matutong mag-bake ng ensaymada at cake para ibenta sa Facebook.",
            {"baking", "online_selling"},
        ),
        (
            "sana makapag-work ako sa call center ng bank, ok nman english ko, night shift ok lang",
            {"call_centre", "customer_service"},
        ),
        (
            "Ayoko na sa barko. Gusto kong matutong mag-install ng aircon at CCTV, may kakilala "
            "akong technician na puwedeng magturo.",
            {"electrical_wiring"},
        ),
        (
            "Gusto kong magtrabaho sa milk tea shop, taga-gawa ng inumin.",
            {"barista"},
        ),
        (
            "Puwede ba akong mag-training sa front desk ng hotel o resort sa Boracay?",
            {"front_desk", "hospitality"},
        ),
        (
            "Laundry shop na lang po, maglaba at mamlantsa, basta wala nang bar.",
            {"laundry_ironing"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់ធ្វើការវេចខ្ចប់អីវ៉ាន់នៅឃ្លាំង J&T Express",
            {"logistics_warehouse", "packing"},
        ),
        (
            "ខ្ញុំចង់លក់ខោអាវ live តាម Facebook នៅផ្ទះ",
            {"online_selling"},
        ),
        (
            "មិនចង់ធ្វើការរោងចក្រកាត់ដេរទៀតទេ។ ខ្ញុំចង់រៀនធ្វើក្រចក និងតរោមភ្នែក ដើម្បីធ្វើការនៅហាងសម្ផស្ស។",
            {"beauty_wellness", "nail_care"},
        ),
        (
            "គាត់ចង់ធ្វើការនៅហាងកាហ្វេ Brown ឬ Café Amazon ជាអ្នកឆុងកាហ្វេ។",
            {"barista", "coffee"},
        ),
        (
            "ចង់រៀនជួសជុលទូរស័ព្ទ ប្តូរអេក្រង់ បិទកញ្ចក់ការពារ",
            {"phone_repair"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការនៅ mart ដូចជា Circle K ឬ Lucky ជាអ្នកគិតលុយ។ អត់ចង់ទៅកាស៊ីណូទៀតទេ។",
            {"cashier", "retail_sales"},
        ),
        (
            "ខ្ញុំចង់ធ្វើការសម្អាតបន្ទប់នៅផ្ទះសំណាក់ និងបោកអ៊ុតខោអាវភ្ញៀវ",
            {"housekeeping", "laundry_ironing"},
        ),
        (
            "ចង់ធ្វើជាជំនួយការចុងភៅនៅភោជនីយដ្ឋានកូរ៉េ មិនចង់ត្រឡប់ទៅកប៉ាល់នេសាទវិញទេ",
            {"cooking", "food_service"},
        ),
    ],
    "my": [
        (
            "မိတ္တူဆိုင်မှာ စာရိုက်၊ print ထုတ်တဲ့အလုပ် လုပ်ချင်တယ်",
            {"basic_computer", "data_entry"},
        ),
        (
            "ကျွန်မ TikTok မှာ live လွှင့်ပြီး အဝတ်အစား ရောင်းချင်တယ်",
            {"online_selling"},
        ),
        (
            "စက်ရုံ ပြန်မသွားချင်တော့ဘူး။ လက်ဖက်ရည်ဆိုင်မှာ လက်ဖက်ရည်ဖျော်တာ သင်ချင်တယ်။",
            {"barista", "food_service"},
        ),
        (
            "သူမက အလှပြင်ဆိုင်မှာ ဆံပင်ညှပ်၊ ဆံပင်ဆိုးတာ သင်တန်းတက်ချင်ပါတယ်။",
            {"hairdressing"},
        ),
        (
            "ဖုန်းဆိုင်မှာ screen protector ကပ်တာ ဖုန်းပြင်တာ သင်ချင်တယ်",
            {"phone_repair"},
        ),
        (
            "ကိတ်မုန့်၊ ပေါင်မုန့် ဖုတ်ပြီး ကိုယ်ပိုင်ဆိုင်လေး ဖွင့်ချင်တယ်။",
            {"baking", "own_business"},
        ),
        (
            "ငါးဖမ်းလှေ ပြန်မတက်ချင်ဘူး။ ဟိုတယ်မှာ အခန်းသန့်ရှင်းရေး လုပ်ချင်တယ်။",
            {"hospitality", "housekeeping"},
        ),
        (
            "Solar panel တပ်တာ၊ မီးကြိုးသွယ်တာ သင်တန်း တက်ချင်တယ်",
            {"electrical_wiring"},
        ),
    ],
    "zh": [
        (
            "我想在蜜雪冰城那种奶茶店上班，学做奶茶。",
            {"barista"},
        ),
        (
            "我想喺茶餐廳做樓面，落單同埋收錢。",
            {"cashier", "table_service"},
        ),
        (
            "她希望学习美甲和美睫，以后在商场里开一家小店；不想再回KTV了。",
            {"beauty_wellness", "nail_care", "own_business"},
        ),
        (
            "想學整手機 換mon貼mon貼 唔想再返工廠啦",
            {"phone_repair"},
        ),
        (
            "想跑美团外卖，电动车我自己有。",
            {"delivery"},
        ),
        (
            "我想学剪辑短视频，帮小商家拍抖音带货的视频。",
            {"creative_media", "graphic_design"},
        ),
        (
            "想喺酒店前台做接待，我識少少英文同普通話。",
            {"front_desk", "hospitality"},
        ),
        (
            "想去便利店上班 全家罗森都行 收银理货 就是别再让我去赌场了",
            {"cashier", "retail_sales"},
        ),
    ],
}


#: The eighteenth set, held out until the nineteenth was written (first run in session 28:
#: en 0.97, th 0.95, vi 0.88, tl 0.75, km 1.00, my 1.00, zh 0.75; its misses mended then).
#: Written blind in
#: session 28 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: young people of 15 to 19
#: in their own words and register (school missed, a first job, apprenticeships, a trade
#: learnt beside an adult, what they are good at from games, phones, sport, music, drawing,
#: caring for younger siblings), one phrase in three in youth slang or text-speak, a few an
#: officer's short note about a minor; every wish one open to minors. Committed before its
#: first run; its first run's figures are the ones that count.
SEEN_EIGHTEENTH: Phrases = {
    "en": [
        (
            "Officer note: 15M, missed 2 yrs of school, keen to go back; spends weekends fixing "
            "his uncle's motorbikes and wants to learn it properly",
            {"motorbike_repair"},
        ),
        (
            "im rly good at editing tiktoks like transitions n captions, could i get paid for "
            "that??",
            {"graphic_design"},
        ),
        (
            "I look after my three little brothers every day since mum works. I think I'd be good "
            "at a daycare.",
            {"childcare"},
        ),
        (
            "wanna learn to do nails n lashes, been practising on my cousins lol",
            {"nail_care", "makeup"},
        ),
        (
            "My first job I want it to be in a bakery. I make cakes from YouTube recipes all the "
            "time.",
            {"baking"},
        ),
        (
            "Officer note: 17F, picked up good English from online games, wants to get more "
            "confident speaking, maybe tourism later",
            {"english_conversation", "tourism"},
        ),
        (
            "i already changed my own cracked screen, want to learn phone fixing for real",
            {"phone_repair"},
        ),
        (
            "I'd like an apprenticeship with a carpenter, making tables and shelves. I like "
            "working with my hands.",
            {"carpentry"},
        ),
    ],
    "th": [
        ("อยากกลับไปเรียนให้จบ ม.3 อะ แล้วต่อสายอาชีพช่างไฟ", {"electrical_wiring"}),
        ("หนูชอบแต่งหน้ามากกก ดูคลิปสอนทุกวัน อยากเป็นช่างแต่งหน้าค่ะ", {"makeup"}),
        ("ผมเล่นเกมเก่ง คอมก็พอได้ อยากทำงานซ่อมคอม ลงโปรแกรมอะไรงี้", {"computers", "it_support"}),
        ("อยากลองเป็นบาริสต้าร้านกาแฟ ตอนนี้เทลาเต้อาร์ตเป็นนิดหน่อยแล้ว", {"barista"}),
        ("น้อง ญ. 16 ปี ชอบวาดรูปมาก อยากเรียนกราฟิกดีไซน์", {"drawing_painting", "graphic_design"}),
        ("อยากไลฟ์ขายของในติ๊กต็อกอะ พูดเก่งอยู่แล้ว ขายได้แน่นอน", {"online_selling"}),
        ("ผมอยากไปฝึกงานอู่ซ่อมมอไซค์กับน้าครับ ชอบแต่งรถ", {"motorbike_repair"}),
        (
            "ชอบปลูกผักกับยาย อยากมีแปลงผักเล็กๆ แล้วเอาไปขายเองที่ตลาดนัด",
            {"vegetable_growing", "market_trading"},
        ),
    ],
    "vi": [
        (
            "e muon di hoc nghe cat toc, o nha e toan cat cho may dua em ma tui no khen dep lam",
            {"hairdressing"},
        ),
        (
            "Em nghỉ học từ lớp 7, giờ em muốn đi học lại để sau này làm cô giáo mầm non.",
            {"teaching", "childcare"},
        ),
        (
            "Ghi chú: nữ 15t, bỏ học năm lớp 6, muốn học may, đã biết đạp máy may của mẹ",
            {"sewing_machine_operation", "sewing"},
        ),
        ("e thik nau an lam, mun hoc lam banh kem de ban online", {"baking", "online_selling"}),
        (
            "Em giỏi tiếng Anh nhờ chơi game với bạn nước ngoài, sau này muốn làm phiên dịch.",
            {"translation_interpreting", "english_conversation"},
        ),
        ("Em muốn làm thêm ở quán cà phê, học pha chế cho biết.", {"barista"}),
        ("ko thich ngoi yen 1 cho, e du 18 r co bang lai r, mun chay giao hang", {"delivery"}),
        (
            "Em hay chụp ảnh bằng điện thoại, muốn học chụp ảnh và dựng video cho chuyên nghiệp.",
            {"photography", "graphic_design"},
        ),
    ],
    "tl": [
        ("gusto q po mag aral ulit sa ALS tpos mag caregiver sa matatanda", {"elder_care"}),
        (
            "Magaling po ako mag-alaga ng mga kapatid ko, gusto ko sana magtrabaho sa daycare.",
            {"childcare"},
        ),
        ("sna mkapag work aq s fastfood, crew muna, first job q yun", {"food_service"}),
        (
            "Note: 16M, out-of-school youth, mahilig sa computer games, interested mag-computer "
            "servicing NC II",
            {"computers", "it_support"},
        ),
        ("Gusto ko matuto mag-digital art, yung pang-commission sa FB", {"drawing_painting"}),
        ("hehe gusto ko po maging online seller ng damit, ukay2 ganun", {"online_selling"}),
        (
            "Gusto kong maging tour guide balang araw, mahilig ako magkwento sa mga turista dito "
            "sa Bohol.",
            {"tour_guiding"},
        ),
        (
            "Tinuturuan ako ng tito ko mag-karpintero tuwing Sabado, gusto ko ituloy yun.",
            {"carpentry"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់ត្រឡប់ទៅរៀនវិញ ហើយរៀនភាសាអង់គ្លេសឲ្យចេះនិយាយ ដើម្បីធ្វើការនៅ hotel",
            {"english_conversation", "hospitality"},
        ),
        ("ខ្ញុំចូលចិត្តកាត់សក់ឲ្យមិត្តភក្តិ ចង់រៀនកាត់សក់ឲ្យពូកែ ហើយបើកហាងខ្លួនឯង", {"hairdressing", "own_business"}),
        ("ចង់រៀនជួសជុលទូរស័ព្ទ ខ្ញុំចេះ flash ម៉ាស៊ីន ប្តូរ screen ខ្លះៗហើយ", {"phone_repair"}),
        ("ក្មេងស្រី អាយុ១៦ឆ្នាំ ឈប់រៀនថ្នាក់ទី៦ ចង់រៀនដេរខោអាវ", {"sewing"}),
        ("បងៗ ខ្ញុំចង់ live លក់ឥវ៉ាន់ online តាម page Facebook", {"online_selling"}),
        ("ខ្ញុំចូលចិត្តចិញ្ចឹមមាន់ និងជ្រូកជាមួយយាយ ចង់មានកសិដ្ឋានតូចមួយ", {"livestock"}),
        ("ចង់ធ្វើការ part time នៅហាងកាហ្វេ ចង់ចេះឆុង latte ស្អាតៗ", {"barista"}),
        (
            "ខ្ញុំពូកែលេង computer ចង់រៀនវាយអក្សរ និង Excel ដើម្បីធ្វើការក្នុង office",
            {"data_entry", "basic_computer"},
        ),
    ],
    "my": [
        (
            "ကျောင်းပြန်တက်ပြီး ဆယ်တန်းအောင်ချင်တယ်။ နောက်ပိုင်း ဆေးရုံမှာ လူနာတွေကို ပြုစုတဲ့အလုပ် လုပ်ချင်တယ်",
            {"health_care_support"},
        ),
        (
            "game ဆော့ရင်း computer နည်းနည်း နားလည်တယ်၊ computer သင်တန်း တက်ချင်တယ်",
            {"computers", "basic_computer"},
        ),
        ("ညီမလေးတွေကို ထိန်းပေးနေကျမို့ ကလေးထိန်းအလုပ် လုပ်ချင်တယ်", {"childcare"}),
        ("အသက် ၁၇ နှစ် ကျား၊ ဦးလေးနဲ့အတူ ဆိုင်ကယ်ပြင်ဆိုင်မှာ အလုပ်သင်လုပ်ချင်", {"motorbike_repair"}),
        ("ကိတ်မုန့်ဖုတ်ရတာ ဝါသနာပါတယ်၊ မုန့်ဆိုင်မှာ အလုပ်သင်ချင်တယ်", {"baking"}),
        ("tiktok မှာ video edit လုပ်တာ ကျွမ်းတယ်၊ design အလုပ် ရချင်တယ်", {"graphic_design"}),
        ("တရုတ်စကား သင်ချင်တယ်၊ ပြီးရင် shop မှာ အရောင်းဝန်ထမ်း လုပ်ချင်", {"chinese_language", "retail_sales"}),
        ("ပန်းပင်စိုက်ရတာ ကြိုက်တယ်၊ တစ်နေ့ ပန်းဆိုင်လေး ဖွင့်ချင်တယ်", {"gardening", "own_business"}),
    ],
    "zh": [
        ("我想搵份part time喺咖啡店做，學埋拉花囉", {"barista"}),
        ("我初中没读完，想先回去补完，以后想学会计", {"accounting_basics"}),
        ("我很會畫畫，想學平面設計，以後接插畫的案子", {"drawing_painting", "graphic_design"}),
        ("我好鍾意整頭髮，成日幫細妹剪，想去髮型屋做學徒", {"hairdressing"}),
        ("16岁女，平时照顾家里弟妹，想学保育员", {"childcare"}),
        ("我想学修手机，之前在表哥店里帮过忙", {"phone_repair"}),
        ("想學煮嘢食，做廚房學徒都得，我煮嘢好好食㗎", {"cooking"}),
        ("我想开个网店卖自己串的手链", {"jewellery_making", "online_selling"}),
    ],
}


#: The seventeenth set, held out until the eighteenth was written (first run in session 28:
#: en 1.00, th 0.95, vi 0.93, tl 0.75, km 0.77, my 0.88, zh 0.80; its misses mended then).
#: Written blind in
#: session 28 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: uncertain, hedged and
#: weighed wishes, and other people's: "maybe X or Y", a wish asked as a question, two
#: options compared and one chosen, what a mother, husband or friend wants for the person
#: (taken up or not: only the person's own wish counts), wishes with conditions around them
#: (daytime, near home, with a child, women only) and a few "something with my hands";
#: about one in four typed as on a phone, one in four an interview transcript. Committed
#: before its first run; its first run's figures are the ones that count.
SEEN_SEVENTEENTH: Phrases = {
    "en": [
        (
            "Maybe hairdressing, or nails, I'm not sure yet. She used to do her cousins' hair for "
            "weddings back home.",
            {"hairdressing", "nail_care"},
        ),
        (
            "Survivor asked: can I learn to fix motorbikes here? Her brother had a small repair "
            "shop and she used to help him.",
            {"motorbike_repair"},
        ),
        (
            "The factory job pays more but honestly I'd rather work in a bakery, I like early "
            "mornings and making bread.",
            {"baking"},
        ),
        (
            "Her husband wants her to stay home and sell snacks at the market. She says no, she "
            "wants to train as a carer for old people.",
            {"elder_care"},
        ),
        (
            "Wants warehouse work, packing orders. Day shifts only and within bus distance of her "
            "daughter's school.",
            {"packing", "logistics_warehouse"},
        ),
        ("dunno yet. smth outdoors w plants maybe?? not office pls", {"gardening"}),
        (
            "Q: What would you like to do? A: Um... the officer said maybe security guard. I "
            "don't want that. I like talking to people, maybe working in a shop, selling phones "
            "or clothes.",
            {"retail_sales"},
        ),
        (
            "Officer: And long term? R: I want to speak English properly, then maybe be a tour "
            "guide and show foreigners my province. If not that, hotel reception.",
            {"english_conversation", "tour_guiding", "front_desk"},
        ),
    ],
    "th": [
        ("อยากลองเป็นบาริสต้าค่ะ ชอบกลิ่นกาแฟมาก แต่ไม่รู้จะทำได้มั้ย 555", {"barista"}),
        ("ที่นี่มีสอนเย็บผ้ามั้ยคะ หนูอยากเย็บเสื้อผ้าเป็น จะได้รับจ้างเย็บอยู่ที่บ้าน", {"sewing"}),
        (
            "แม่อยากให้ไปทำงานโรงงานเหมือนพี่สาว แต่น้องเขาอยากเรียนนวดแผนไทยแล้วไปทำงานสปามากกว่า",
            {"massage"},
        ),
        (
            "ขายของออนไลน์รายได้ไม่แน่นอน ส่งของได้เงินทุกวัน เลยเลือกวิ่งส่งของดีกว่าครับ มีใบขับขี่มอไซค์แล้ว",
            {"delivery"},
        ),
        (
            "อยากเปิดร้านข้าวแกงเล็กๆ หน้าบ้าน จะได้เลี้ยงลูกไปด้วย ลูกยังเล็ก ไปทำงานไกลไม่ได้",
            {"own_business", "cooking"},
        ),
        (
            "เจ้าหน้าที่: ถ้าเลือกได้อยากทำอะไร / ผู้เสียหาย: ไม่รู้เหมือนกันค่ะ... ชอบเด็กๆ "
            "อาจจะเป็นพี่เลี้ยงที่ศูนย์เด็กเล็กก็ได้",
            {"childcare"},
        ),
        (
            "ถาม: สนใจงานคอมไหม ตอบ: ก็สนใจครับ แต่พิมพ์ยังช้าอยู่ อยากฝึกพิมพ์ก่อน แล้วค่อยหางานคีย์ข้อมูล",
            {"data_entry", "basic_computer"},
        ),
        (
            "พ่อบอกให้กลับไปทำนา แต่ผมไม่เอาแล้วครับ อยากเรียนช่างไฟ เดินสายไฟ ติดตั้งแอร์ อะไรแบบนี้",
            {"electrical_wiring"},
        ),
    ],
    "vi": [
        (
            "chac em hoc lam mong tay, hoac trang diem co dau, em chua biet nua",
            {"nail_care", "makeup"},
        ),
        (
            "Ở đây có lớp dạy nấu ăn không chị? Em muốn sau này đi làm phụ bếp nhà hàng.",
            {"cooking", "food_service"},
        ),
        (
            "Chồng muốn chị ấy về quê nuôi heo, nhưng chị ấy nói chị muốn lên thành phố làm ở "
            "xưởng may.",
            {"garment_manufacturing"},
        ),
        (
            "Làm công nhân điện tử lương cao hơn, nhưng em thích vào tiệm sửa điện thoại hơn, vừa "
            "làm vừa học nghề.",
            {"phone_repair"},
        ),
        (
            "Muốn học kế toán nhưng phải có tiền hỗ trợ trong lúc học, vì em vẫn phải gửi tiền về "
            "cho mẹ.",
            {"accounting_basics"},
        ),
        (
            "Cán bộ: Em có dự định gì chưa? – Em: Dạ em cũng chưa chắc... chắc là làm gì đó trên "
            "máy tính, kiểu thiết kế hình ảnh, dựng video.",
            {"graphic_design"},
        ),
        (
            "e muon lam tai xe, lai xe tai hoac xe khach, ma phai di thi bang lai truoc da",
            {"driving", "driving_licence"},
        ),
        (
            "Hỏi: Chị thích làm gì? Đáp: Chị không biết nữa, chị chỉ thích trồng rau, trồng hoa "
            "thôi. Ai bảo đi làm khách sạn chị không đi đâu.",
            {"vegetable_growing", "gardening"},
        ),
    ],
    "tl": [
        (
            "gusto ko sana mag call center kasi malaki sweldo, pero di pa ko sure sa english ko "
            "hehe",
            {"call_centre"},
        ),
        (
            "Pwede po ba akong matuto ng welding dito? Kahit anong trabaho basta may kinalaman sa "
            "bakal.",
            {"welding"},
        ),
        (
            "Gusto ng nanay niya na mag-abroad ulit siya bilang DH, pero ayaw na niya. Gusto "
            "niyang magtayo ng maliit na sari-sari store sa probinsya.",
            {"own_business", "retail_sales"},
        ),
        (
            "Mas malaki ang kita sa construction, pero mas gusto ko talaga mag-alaga ng bangus sa "
            "palaisdaan ng tiyo ko.",
            {"fish_farming"},
        ),
        (
            "Gusto niyang maging tagalinis sa ospital o opisina, basta pang-umaga lang at puro "
            "babae ang kasama.",
            {"cleaning_services"},
        ),
        (
            "Officer: Ano ang pangarap mo? Survivor: Ewan ko po... siguro maging guro ng mga "
            "bata, kasi gusto ko pong makatulong sa kapwa.",
            {"teaching", "helping_others"},
        ),
        (
            "T: May naiisip ka bang kurso? S: Baka po caregiver sa ospital, o kaya first aid "
            "muna. Hindi pa po ako sigurado.",
            {"health_care_support", "first_aid"},
        ),
        (
            "khit ano basta gamit kamay, like gumawa ng beads na bracelet at kwintas tapos "
            "ibebenta ko online",
            {"jewellery_making", "online_selling"},
        ),
    ],
    "km": [
        ("ខ្ញុំចង់រៀន computer ហើយធ្វើការនៅ office ប៉ុន្តែមិនទាន់ប្រាកដទេ", {"computers", "office_admin"}),
        ("នៅទីនេះមានបង្រៀនធ្វើនំទេបង? ខ្ញុំចង់ធ្វើនំលក់នៅផ្សារ", {"baking", "market_trading"}),
        (
            "ប្តីរបស់គាត់ចង់ឲ្យគាត់ទៅធ្វើការនៅរោងចក្រកាត់ដេរ ប៉ុន្តែគាត់ផ្ទាល់ចង់រៀនកាត់សក់ ហើយបើកហាងតូចមួយនៅផ្ទះ",
            {"hairdressing", "own_business"},
        ),
        ("ធ្វើការសំណង់បានលុយច្រើនជាង តែខ្ញុំចូលចិត្តធ្វើជាងឈើជាង ធ្វើតុ ធ្វើទូ", {"carpentry"}),
        ("គាត់ចង់ចិញ្ចឹមមាន់ និងជ្រូកនៅភូមិ តែត្រូវការប្រាក់ឧបត្ថម្ភពេលកំពុងរៀន ព្រោះគ្មានចំណូលអ្វីសោះ", {"livestock"}),
        (
            "មន្ត្រី៖ ប្អូនចង់ធ្វើការអ្វី? អ្នករស់រានមានជីវិត៖ ខ្ញុំមិនដឹងទេបង... ប្រហែលជាត្បាញក្រមា ឬត្បាញកន្ទេល "
            "ដូចម្តាយខ្ញុំធ្លាប់ធ្វើ",
            {"weaving"},
        ),
        (
            "សំណួរ៖ តើមានគម្រោងអ្វីខ្លះ? ចម្លើយ៖ ខ្ញុំចង់រៀនភាសាចិន ព្រោះមានក្រុមហ៊ុនចិនច្រើន តែមិនចង់ធ្វើការនៅកាស៊ីណូទេ",
            {"chinese_language"},
        ),
        ("មិត្តខ្ញុំថាឲ្យទៅធ្វើ guide នៅសៀមរាប តែខ្ញុំចង់ធ្វើ delivery ដឹកម្ហូបជាង ព្រោះមានម៉ូតូស្រាប់", {"delivery"}),
    ],
    "my": [
        (
            "online ကနေ အဝတ်အစား ရောင်းချင်တယ်၊ ဒါမှမဟုတ် ဆိုင်လေးဖွင့်ရမလား မသေချာသေးဘူး",
            {"online_selling", "own_business"},
        ),
        (
            "ဒီမှာ အင်္ဂလိပ်စကားပြော သင်တန်း ရှိလားရှင့်။ နောက်ပိုင်း ဟိုတယ်မှာ အလုပ်လုပ်ချင်လို့ပါ",
            {"english_conversation", "hospitality"},
        ),
        (
            "အဖေက ငါးဖမ်းလှေပေါ် ပြန်လိုက်ခိုင်းတယ်၊ သူကတော့ မလိုက်ချင်တော့ဘူး။ ကားပြင်ဆိုင်မှာ အလုပ်သင် လုပ်ချင်တယ်တဲ့",
            {"car_repair"},
        ),
        ("အထည်ချုပ်စက်ရုံမှာ လစာပိုကောင်းပေမဲ့ ကျွန်မက ကော်ဖီဆိုင်မှာ လုပ်ရတာကို ပိုသဘောကျတယ်", {"coffee"}),
        ("အိမ်အကူအလုပ် လုပ်ချင်တယ်၊ ဒါပေမဲ့ အိမ်ရှင်အိမ်မှာ မအိပ်ဘဲ နေ့ပိုင်းပဲ လုပ်ချင်တယ်", {"housework"}),
        (
            "မေး - ဘာအလုပ် လုပ်ချင်လဲ။ ဖြေ - မသိသေးဘူး ဆရာမ... လူတွေနဲ့ စကားပြောရတာ ကြိုက်တယ်၊ ဆိုင်မှာ အရောင်းဝန်ထမ်း "
            "လုပ်ရင် ကောင်းမလား",
            {"retail_sales", "customer_service"},
        ),
        (
            "အရာရှိ - ဘာသင်တန်း တက်ချင်လဲ။ ဖြေ - ပုံဆွဲရတာ ဝါသနာပါတယ်။ ကွန်ပျူတာနဲ့ ဒီဇိုင်းဆွဲတာ သင်လို့ရမလား",
            {"drawing_painting", "graphic_design"},
        ),
        (
            "ကလေးတွေကို စာသင်ပေးချင်တယ်၊ ရပ်ကွက်ထဲမှာ volunteer အနေနဲ့ အကူဆရာမ လုပ်ချင်တယ်",
            {"teaching", "community_work"},
        ),
    ],
    "zh": [
        ("我諗住學整蛋糕，或者去茶餐廳做嘢，都未決定", {"baking", "food_service"}),
        (
            "这里可以学开叉车吗？我听说仓库那边很缺人。",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "她哥哥想让她去赌场当荷官，说钱多，但她自己想做翻译，中文和高棉语她都会。",
            {"translation_interpreting"},
        ),
        ("工廠包裝薪水比較高，但我比較喜歡在花店工作，每天跟花在一起。", {"gardening"}),
        ("想做美容按摩，但一定要是正規的店、全部女生、白天上班。", {"massage"}),
        (
            "社工：你以後想做咩？ 當事人：唔知呀……可能做保安？唔係，其實我想做電工，學駁電線。",
            {"electrical_wiring"},
        ),
        (
            "问：有没有感兴趣的方向？ 答：我想学记账，以后帮家里的小卖部管账，也想学怎么存钱。",
            {"accounting_basics", "financial_literacy"},
        ),
        ("想學影相同剪片，放上網，唔知得唔得", {"photography", "graphic_design"}),
    ],
}


#: The sixteenth set, held out until the seventeenth was written (first run in session 28,
#: with the change it was run on: en 0.88, th 1.00, vi 0.88, tl 0.89, km 0.89, my 0.86,
#: zh 1.00; its misses mended then). Written blind in
#: session 28 by a writer given only the concept ids and their English labels (not the
#: vocabulary's terms, its tests or the earlier sets). Its theme: work done before against
#: work wished for. Most phrases name work the person did (often the work they were
#: exploited in: fishing boats, factories, a house, building sites, bars, plantations, scam
#: call centres) and then what they want now, mostly something else, in many orders and
#: registers (the wish first or last, the past told at length, an officer's note in the
#: third person); in about one in four the wish is the past trade in a better place. A few
#: mention things that must not count (a court case, children, health); about one in four is
#: typed as on a phone. Each phrase is about what the person wants, not what they did.
#: Committed before its first run; its first run's figures are the ones that count.
SEEN_SIXTEENTH: Phrases = {
    "en": [
        (
            "I was on fishing boats in Thai waters for almost four years. Never going back to "
            "sea. I'd like to learn to fix motorbikes.",
            {"motorbike_repair"},
        ),
        (
            "She spent 3 yrs on a palm oil plantation in Sabah; wants to train as a hairdresser "
            "and maybe open her own salon later.",
            {"hairdressing", "own_business"},
        ),
        (
            "Sewed jeans in a factory in Guangzhou for two years. I still love sewing, just not "
            "on a line - I want to work in a small tailor shop doing alterations and "
            "made-to-measure.",
            {"tailoring", "sewing"},
        ),
        (
            "worked karaoke in bkk b4, dont want that life no more. wanna learn computer stuff n "
            "typing, get an office job",
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            "Six years cooking and cleaning in a house in Riyadh with no day off. Now I want "
            "proper training so I can look after elderly people in a care home.",
            {"elder_care"},
        ),
        (
            "He is a witness in the case against the broker, hearing next March. Was forced to "
            "work in a scam call centre in Myawaddy. Keen on driving - wants his licence so he "
            "can do deliveries.",
            {"driving_licence", "delivery"},
        ),
        (
            "Labourer on condo sites in KL, carrying cement all day. Wants to stay in "
            "construction but learn tiling and plastering so he's skilled, not just muscle.",
            {"bricklaying"},
        ),
        (
            "Wants to be a tour guide, her English is already good. Before: 2 yrs in a massage "
            "place in Johor. Two kids at home with her mum.",
            {"tour_guiding"},
        ),
    ],
    "th": [
        (
            "เคยทำงานบนเรือประมงแถวอินโดนีเซียหลายปี ไม่อยากกลับไปทะเลอีกแล้ว "
            "อยากกลับบ้านไปเลี้ยงไก่เลี้ยงหมูมากกว่า",
            {"livestock"},
        ),
        (
            "เคยเป็นหมอนวดในร้านที่พัทยา จริงๆ ชอบนวดนะคะ แต่อยากเรียนให้มีใบรับรอง แล้วไปทำในสปาดีๆ ที่ถูกกฎหมาย",
            {"massage"},
        ),
        (
            "เคยโดนบังคับทำคอลเซ็นเตอร์หลอกคนที่กัมพูชา ตอนนี้อยากเรียน graphic design กับตัดต่อคลิปลง tiktok ค่ะ",
            {"graphic_design"},
        ),
        (
            "น้องทำงานแม่บ้านที่มาเลเซีย 4 ปี ถูกนายจ้างยึดพาสปอร์ต ปัจจุบันอยากเปิดร้านขายของชำเล็กๆ ในหมู่บ้าน",
            {"own_business", "retail_sales"},
        ),
        ("อยากเป็นช่างแต่งหน้าเจ้าสาวค่ะ ก่อนหน้านี้ทำโรงงานเย็บผ้า นั่งเย็บทั้งวันจนปวดหลัง", {"makeup"}),
        (
            "ทำงานก่อสร้างเป็นกรรมกรแบกปูนมาตลอด ยังอยากอยู่สายก่อสร้าง แต่อยากฝึกเป็นช่างไม้ ทำประตูหน้าต่าง",
            {"construction", "carpentry"},
        ),
        (
            "ตอนนี้ยังรักษาปอดอยู่ หมอห้ามโดนฝุ่น เพราะเคยทำงานเตาเผาอิฐมาสามปี อยากขายของออนไลน์อยู่กับบ้าน",
            {"online_selling"},
        ),
        (
            "เคยเป็นสาวเชียร์เบียร์ในผับ ไม่เอาแล้ว อยากฝึกพูดอิงลิชให้คล่องๆ ไปเป็นรีเซฟชั่นโรงแรม",
            {"english_conversation", "front_desk"},
        ),
    ],
    "vi": [
        (
            "Em từng làm xưởng may bên Trung Quốc ba năm. Giờ em vẫn muốn theo nghề may, nhưng "
            "nhận đồ về may, sửa quần áo cho bà con trong xóm thôi.",
            {"sewing", "tailoring"},
        ),
        (
            "truoc lam quan karaoke, gio muon hoc lam nail roi mo tiem nho o que",
            {"nail_care", "own_business"},
        ),
        (
            "Anh ấy đi tàu cá ở vùng biển Indonesia gần 5 năm, bị giữ lương. Giờ muốn về quê nuôi "
            "tôm, nuôi cá lồng.",
            {"fish_farming"},
        ),
        (
            "Chị muốn học kế toán cơ bản để làm sổ sách. Trước chị làm giúp việc nhà ở Đài Loan, "
            "chăm ông cụ bị liệt suốt 4 năm.",
            {"accounting_basics"},
        ),
        (
            "Bé bị ép làm lừa đảo online ở Campuchia, hiện là nhân chứng trong vụ án. Mong muốn: "
            "học sửa điện thoại.",
            {"phone_repair"},
        ),
        (
            "Không muốn vào nhà máy nữa đâu, đóng gói hải sản cả ngày lạnh cóng tay. Em thích pha "
            "chế, muốn làm ở quán cà phê.",
            {"barista", "coffee"},
        ),
        (
            "e lam cong trinh xay dung may nam roi, gio muon hoc bang lai xe tai de chay hang",
            {"driving_licence", "driving"},
        ),
        (
            "Trước em chạy bàn nhà hàng ở Malaysia, chủ không trả lương. Em vẫn thích làm nhà "
            "hàng nhưng muốn vào bếp, học nấu ăn cho bài bản.",
            {"cooking", "food_service"},
        ),
    ],
    "tl": [
        (
            "ex-OFW ako sa Dubai as kasambahay for 5 yrs. ayoko na maglinis ng bahay ng iba, "
            "gusto ko mag-aral ng computer para makapag-work sa office",
            {"basic_computer", "office_admin"},
        ),
        (
            "Tatlong taon siyang nasa bangkang pangisda sa Papua New Guinea, halos walang sahod. "
            "Gusto niyang maging mekaniko ng kotse.",
            {"car_repair"},
        ),
        (
            "Caregiver ako dati sa Taiwan pero sobrang abusado ng amo. Gusto ko pa ring mag-alaga "
            "ng matatanda, dito na lang sa atin at may tamang sahod.",
            {"elder_care"},
        ),
        (
            "Pangarap ko talagang magturo sa mga bata. Dati nasa scam hub ako sa Cambodia, "
            "pinipilit kaming mag-chat sa mga foreigner buong gabi.",
            {"teaching"},
        ),
        (
            "Worked sa bar sa Angeles as GRO. Wants to learn baking, nagbebenta na siya ng ube "
            "pandesal sa FB.",
            {"baking", "online_selling"},
        ),
        (
            "Taga-buhat lang ako sa construction sa Saudi. Gusto kong matutong mag-welding at "
            "kumuha ng certificate sa TESDA.",
            {"welding"},
        ),
        (
            "May tatlo akong anak na nag-aaral kaya gusto ko malapit lang sa bahay. Nasa garment "
            "factory ako dati sa Malaysia. Gusto ko magtinda ng gulay sa palengke.",
            {"market_trading"},
        ),
        (
            "Sa massage spa ako dati sa Kuala Lumpur. Gusto ko pa rin sa beauty pero hair and "
            "make-up na, hindi na masahe.",
            {"hairdressing", "makeup"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំធ្លាប់ធ្វើការរោងចក្រកាត់ដេរ៥ឆ្នាំ ឥឡូវចង់រៀនកាត់សក់ ហើយបើកហាងតូចមួយនៅភូមិ។",
            {"hairdressing", "own_business"},
        ),
        (
            "ធ្លាប់ត្រូវគេបង្ខំធ្វើ online scam នៅក្រុងព្រះសីហនុ ឥឡូវចង់រៀន computer ធ្វើ data entry",
            {"basic_computer", "data_entry"},
        ),
        (
            "គាត់ធ្លាប់ធ្វើការលើទូកនេសាទនៅថៃ៣ឆ្នាំ។ ឥឡូវចង់ត្រឡប់មកធ្វើស្រែ និងដាំបន្លែនៅផ្ទះវិញ។",
            {"rice_farming", "vegetable_growing"},
        ),
        (
            "ខ្ញុំធ្វើការសំណង់នៅថៃ លាយស៊ីម៉ង់រាល់ថ្ងៃ។ ចង់នៅតែធ្វើការសំណង់ តែចង់រៀនលាបថ្នាំផ្ទះឲ្យមានជំនាញ។",
            {"house_painting"},
        ),
        (
            "ខ្ញុំចង់ធ្វើជាអ្នកបកប្រែភាសាថៃ-ខ្មែរ ព្រោះនិយាយថៃបានល្អ ក្រោយពីធ្វើជាអ្នកបម្រើតាមផ្ទះនៅបាងកកជាង៦ឆ្នាំ។",
            {"translation_interpreting"},
        ),
        (
            "នាងជាសាក្សីក្នុងរឿងក្ដីនៅតុលាការ។ មុននេះធ្វើការនៅខារ៉ាអូខេ។ ឥឡូវចង់រៀនធ្វើនំ យកទៅលក់នៅផ្សារ។",
            {"baking", "market_trading"},
        ),
        (
            "ខ្ញុំធ្លាប់ធ្វើម្ហូបនៅហាងបាយចិនមួយនៅម៉ាឡេស៊ី គេមិនឲ្យលុយខែ។ ខ្ញុំនៅតែចូលចិត្តធ្វើម្ហូប ចង់ធ្វើចុងភៅនៅសណ្ឋាគារ។",
            {"cooking", "hospitality"},
        ),
        ("ធ្លាប់ធ្វើ massage នៅ KL ឥឡូវចង់ជិះម៉ូតូដឹក delivery ឬបើកឡាន grab", {"delivery", "driving"}),
    ],
    "my": [
        (
            "ထိုင်းမှာ ငါးဖမ်းလှေပေါ် လေးနှစ်လောက် လုပ်ခဲ့ရတယ်။ ပင်လယ်ထဲ ပြန်မသွားချင်တော့ဘူး။ စက်ပြင်တာ သင်ချင်တယ်။",
            {"engine_maintenance"},
        ),
        (
            "မဲဆောက်က အထည်ချုပ်စက်ရုံမှာ စက်ချုပ်ခဲ့တယ်။ ချုပ်ရတာကို ဝါသနာပါတော့ ပုံစံဆွဲ အထည်ညှပ်တာ သင်ပြီး အပ်ချုပ်ဆိုင်မှာ လုပ်ချင်တယ်။",
            {"pattern_cutting", "tailoring"},
        ),
        ("karaoke မှာ လုပ်ခဲ့ဖူးတယ် အခု facebook live နဲ့ အဝတ်အစား online ရောင်းချင်တယ်", {"online_selling"}),
        (
            "မြဝတီ scam compound မှာ အဓမ္မ ခိုင်းခံခဲ့ရသူ။ ကလေးနှစ်ယောက် ရှိတယ်။ မူကြိုကျောင်းမှာ ကလေးထိန်း လုပ်ချင်တယ်။",
            {"childcare"},
        ),
        (
            "မလေးရှားမှာ အိမ်အကူ ငါးနှစ် လုပ်ခဲ့တယ်။ အခု ဆေးရုံမှာ သူနာပြုအကူ လုပ်ချင်တယ်၊ ရှေးဦးသူနာပြုလည်း သင်ချင်တယ်။",
            {"health_care_support", "first_aid"},
        ),
        (
            "မဟာချိုင်က ပင်လယ်စာ စက်ရုံမှာ ပုဇွန်ခွာခဲ့တယ်။ စက်ရုံမှာပဲ ဆက်လုပ်ချင်တယ်၊ ဒါပေမဲ့ QC စစ်တဲ့ အလုပ်မျိုး လုပ်ချင်တယ်။",
            {"quality_control", "food_processing"},
        ),
        (
            "ရော်ဘာခြံမှာ ဆယ်နှစ်ကျော် ရော်ဘာခြစ်ခဲ့တယ်။ ပန်းပင်စိုက်ရတာ သဘောကျတယ်၊ ပန်းခြံလေးနဲ့ အလုပ်လုပ်ချင်တယ်။",
            {"gardening"},
        ),
        (
            "casino မှာ အလုပ်လုပ်ခဲ့တုန်း တရုတ်စကား နည်းနည်း တတ်လာတယ်၊ ပိုကောင်းအောင် လေ့လာပြီး စကားပြန် လုပ်ချင်တယ်",
            {"chinese_language", "translation_interpreting"},
        ),
    ],
    "zh": [
        ("之前喺澳門賭場做咗兩年 好攰 唔想再捱夜 想學沖咖啡做barista", {"barista"}),
        (
            "在柬埔寨园区被逼做了两年网络诈骗客服，现在只想学会计，找份正经的文员工作。",
            {"accounting_basics", "office_admin"},
        ),
        (
            "我在制衣厂踩了八年衣车，还是想做这行，不过想去小裁缝店帮人改衣服、量身订做。",
            {"tailoring"},
        ),
        (
            "她在馬來西亞按摩店被控制三年，目前仍在定期複診。想學串珠做手鍊，放網上賣。",
            {"jewellery_making", "online_selling"},
        ),
        ("以前喺漁船做 好辛苦 而家想去倉庫揸叉車", {"forklift_operation", "logistics_warehouse"}),
        ("我想做导游，带中国游客去玩。之前在泰国的KTV陪酒，那种日子不想再过了。", {"tour_guiding"}),
        (
            "以前在工地扎钢筋，想继续做建筑，但想把盖房子的手艺学全，以后回老家自己帮人起屋。",
            {"house_building"},
        ),
        ("之前在雇主家做保姆经常被打。想去酒店做客房服务员，整理房间我很拿手。", {"housekeeping"}),
    ],
}


#: The fifteenth set, held out until the sixteenth was written (first run in session 27:
#: en 0.95, th 1.00, vi 1.00, tl 1.00, km 0.75, my 0.95, zh 1.00; its Khmer words mended
#: then), written
#: blind in session 27 by a writer given only the concept ids and their English labels (not
#: the vocabulary's terms, its tests or the earlier sets). Its theme: skills learned
#: informally, told as daily tasks at home, in the village, at a temple, in a relative's shop,
#: on a farm or a boat (not job titles); about one phrase in three in the style of an
#: interview transcript (fillers, run-on sentences) and one in four typed as on a phone. A
#: few also say what the person does not want. Committed before its first run; its first
#: run's figures are the ones that count.
SEEN_FIFTEENTH: Phrases = {
    "en": [
        (
            "um so at every temple festival, you know, I was the one cooking the rice and the "
            "curry for like thirty, forty people, every single time, so yeah, cooking for a lot "
            "of people I can do",
            {"cooking", "food_service"},
        ),
        (
            "My uncle had a small boat and from age twelve I went out with him at night to pull "
            "the nets and sort the catch before the morning market.",
            {"fishing", "fishing_aquaculture"},
        ),
        (
            "I did the accounts for my aunt's grocery in a notebook every night, what came in, "
            "what went out, and who still owed her money.",
            {"accounting_basics"},
        ),
        (
            "i always fix the neighbours motorbikes in our yard, oil change, chain, spark plug, "
            "brakes... wanna learn properly n work in a real garage",
            {"motorbike_repair", "automotive_repair"},
        ),
        (
            "my grandmother, she was sick for a long time and, um, I washed her, fed her, gave "
            "her the medicine, every day for like three years, so I think I could, you know, look "
            "after old people",
            {"elder_care"},
        ),
        (
            "I sewed the school uniforms for all my little cousins on my mum's old pedal machine. "
            "I'd love to make clothes for customers, just not in a big factory.",
            {"sewing", "tailoring"},
        ),
        (
            "did all the wiring when we built my brothers house, lights n sockets n the ceiling "
            "fan, nobody got shocked lol. want to be an electrician",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "at the monastery I, uh, I helped the monk teach the small kids, like, the alphabet "
            "and counting and reading, and I really, really liked it, I want to be a teacher",
            {"teaching", "education"},
        ),
    ],
    "th": [
        (
            "เอ่อ ที่บ้านแม่ทำนาค่ะ หนูก็ช่วยดำนา เกี่ยวข้าว ตากข้าวมาตั้งแต่เด็กเลย แบบว่าทุกปีเลยอะค่ะ "
            "ถ้ามีที่ก็อยากกลับไปทำนาต่อค่ะ",
            {"rice_farming", "agriculture"},
        ),
        (
            "ทุกวันพระหนูช่วยแม่ร้อยพวงมาลัยขายหน้าวัด แล้วก็ชอบร้อยลูกปัดทำสร้อยข้อมือให้เพื่อนๆ อยากทำเป็นอาชีพจริงจังค่ะ",
            {"jewellery_making", "handicrafts"},
        ),
        (
            "ชอบแต่งหน้าให้เพื่อนๆเวลามีงานบวชงานแต่งในหมู่บ้าน ฝึกเองจากคลิปYouTube อยากเป็นmakeup artistค่ะ",
            {"makeup", "beauty_wellness"},
        ),
        (
            "คือผมเลี้ยงหมูเลี้ยงไก่กับพ่อมาตลอดอะครับ ให้อาหาร ล้างคอก ฉีดยาก็ทำเป็น แต่ว่า เอ่อ "
            "ไม่อยากไปทำงานโรงฆ่าสัตว์นะครับ อยากเลี้ยงสัตว์อย่างเดียวครับ",
            {"livestock", "agriculture"},
        ),
        (
            "หลังเลิกเรียนหนูเฝ้าร้านของชำของป้าทุกวัน ทอนเงิน จัดของขึ้นชั้น นับสต๊อก อยากทำงานร้านสะดวกซื้อค่ะ",
            {"cashier", "retail_sales"},
        ),
        (
            "ช่วยลุงซ่อมรถกระบะที่อู่หน้าบ้าน ถ่ายน้ำมันเครื่อง เช็คเบรก เปลี่ยนยางได้หมด "
            "อยากเข้าอู่จริงจังแบบมีcertด้วยครับ",
            {"car_repair", "automotive_repair"},
        ),
        (
            "เอ่อ ตอนอยู่บ้านก็ เลี้ยงหลานค่ะ หลานสามคนเลย ป้อนข้าว อาบน้ำ พาไปส่งโรงเรียน คือ เลี้ยงเด็กได้ค่ะ "
            "ชอบเด็กมากๆ",
            {"childcare"},
        ),
        (
            "ที่วัดหนูเป็นคนดูแลสวนดอกไม้ รดน้ำ ตัดแต่งกิ่ง ปลูกกล้วยไม้ไว้ถวายพระ อยากทำงานจัดสวนหรือร้านต้นไม้ค่ะ",
            {"gardening"},
        ),
    ],
    "vi": [
        (
            "dạ thì ở quê em, ờ, đám giỗ đám cưới trong xóm là em nấu cỗ á, mấy chục mâm luôn, "
            "nên là em nghĩ em làm bếp được, dạ",
            {"cooking", "food_service"},
        ),
        (
            "e hay lam mong cho may chi trong xom, son gel, ve hoa cung dc luon. muon hoc them "
            "roi mo tiem nail nho",
            {"nail_care", "own_business"},
        ),
        (
            "Nhà em nuôi tôm ở Cà Mau, em theo ba cho tôm ăn, đo độ mặn, canh quạt oxy ban đêm, "
            "em muốn quay lại làm nghề nuôi tôm.",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "hồi đó em, ừm, em phụ chị họ bán quần áo trên Facebook á, chụp hình, đăng bài, trả "
            "lời tin nhắn khách, rồi, rồi gói hàng gửi đi, em thích làm vậy lắm",
            {"online_selling"},
        ),
        (
            "em hay cat toc cho may thang em trai voi hang xom, cat dau dinh, tia toc duoc het, "
            "muon hoc nghe toc dang hoang",
            {"hairdressing"},
        ),
        (
            "Mẹ em bán rau ở chợ, từ nhỏ em đã dậy sớm chở rau ra chợ, bày sạp, cân hàng, mặc cả "
            "với khách quen, em quen việc buôn bán lắm.",
            {"market_trading"},
        ),
        (
            "dạ ông nội em, ờ, hồi ông bệnh nằm một chỗ em chăm ông mấy năm, đút cơm, lau người, "
            "đo huyết áp, nên em muốn làm hộ lý hay là chăm người già á",
            {"elder_care", "health_care_support"},
        ),
        (
            "Khách Tây lên chùa là em hay nói chuyện tiếng Anh, chỉ đường, giải thích về chùa cho "
            "họ, em muốn làm hướng dẫn viên du lịch.",
            {"tour_guiding", "tourism", "english_conversation"},
        ),
    ],
    "tl": [
        (
            "ano po, sa probinsya po, ako yung, uh, nag-aalaga ng mga baboy at manok ni lola, "
            "tapos nagtatanim din po kami ng gulay sa likod-bahay, ganun po",
            {"livestock", "vegetable_growing", "agriculture"},
        ),
        (
            "marunong ako maghilot, tinuro ng lola ko. lagi ako pinapahilot ng mga tita ko pag "
            "pagod sila galing bukid. gusto ko sana mag work sa spa",
            {"massage", "beauty_wellness"},
        ),
        (
            "Sa bangka ng tatay ko ako lumaki, nangingisda kami tuwing madaling-araw at ako ang "
            "nag-aayos ng makina tuwing tumitirik sa laot.",
            {"fishing", "engine_maintenance"},
        ),
        (
            "ako po yung, ano, nagbabantay ng sari-sari store ng tita ko, tapos ako rin po yung "
            "naglilista ng utang sa notebook, yung, um, yung pumapasok at lumalabas na pera, "
            "ganon po",
            {"accounting_basics", "retail_sales"},
        ),
        (
            "ako lagi nag-aayos ng cellphone ng mga pinsan ko, palit LCD, battery, charging port. "
            "gusto ko mag open ng sariling repair shop",
            {"phone_repair", "own_business"},
        ),
        (
            "Tuwing piyesta sa barangay, ako ang naglalaba at namamalantsa ng mga costume ng mga "
            "batang sasayaw, kaya gusto kong magtrabaho sa laundry shop.",
            {"laundry_ironing"},
        ),
        (
            "um, sa simbahan po, ako yung nagdodrawing ng mga poster tapos, uh, ako rin nag-eedit "
            "ng video ng mga event sa phone, gusto ko po talaga matuto ng graphic design",
            {"graphic_design", "creative_media", "drawing_painting"},
        ),
        (
            "Tumulong ako kay tito magtayo ng bahay namin, naghahalo ng semento at nagpapatong ng "
            "hollow blocks, pero ayoko sa bubong, takot ako sa mataas.",
            {"bricklaying", "house_building"},
        ),
    ],
    "km": [
        (
            "អឺ... នៅស្រុក ខ្ញុំជួយម្ដាយដាំបន្លែ ត្រសក់ ត្រកួន ម្ទេស អីចឹងណាបង រួចយកទៅលក់នៅផ្សារពេលព្រឹក អឺ "
            "ខ្ញុំចង់ដាំបន្លែលក់ទៀត",
            {"vegetable_growing", "market_trading"},
        ),
        (
            "ខ្ញុំតែងដំឡើង Windows ហើយជួសជុល computer ឲ្យបងប្អូនជីដូនមួយ ចេះវាយ Word Excel ដែរ ចង់ធ្វើការផ្នែក IT",
            {"computers", "it_support", "basic_computer"},
        ),
        (
            "ខ្ញុំត្បាញក្រមា និងសំពត់សូត្រជាមួយយាយនៅក្រោមផ្ទះ តាំងពីអាយុដប់ឆ្នាំ ឥឡូវចង់ត្បាញលក់ជាមុខរបរ",
            {"weaving", "handicrafts"},
        ),
        (
            "ខ្ញុំ... អឺ ខ្ញុំមើលក្មួយៗបួននាក់ ពេលបងស្រីទៅធ្វើការ ឲ្យបាយ ងូតទឹក ជូនទៅសាលា អីចឹងណា ខ្ញុំស្រឡាញ់ក្មេងៗណាស់",
            {"childcare"},
        ),
        (
            "ខ្ញុំធ្លាប់បើកឡានដឹកស្វាយឲ្យពូ ពីកំពង់ស្ពឺមកភ្នំពេញ តែមិនទាន់មានប័ណ្ណបើកបរទេ ចង់ប្រឡងយកប័ណ្ណ "
            "ហើយធ្វើជាអ្នកបើកឡាន",
            {"driving", "driving_licence"},
        ),
        (
            "ខ្ញុំកាត់សក់ឲ្យប្អូនប្រុសៗ និងអ្នកជិតខាងរាល់ខែ ប្រើ clipper ក៏ចេះ ចង់បើកហាង salon តូចមួយ",
            {"hairdressing", "own_business"},
        ),
        (
            "អឺ... នៅវត្ត ខ្ញុំបោសសម្អាត ជូតការ៉ូ លាងចាន រាល់ព្រឹកអីចឹង អឺ គេថាខ្ញុំធ្វើស្អាតណាស់ "
            "ចង់ធ្វើការសម្អាតបន្ទប់នៅសណ្ឋាគារ",
            {"housekeeping", "cleaning_services"},
        ),
        (
            "ខ្ញុំជួយឪពុកចិញ្ចឹមត្រីក្នុងស្រះក្រោយផ្ទះ ឲ្យចំណីរាល់ល្ងាច ប្ដូរទឹក ហើយចាប់ត្រីទៅលក់ ខ្ញុំចង់ចិញ្ចឹមត្រីខ្លួនឯង",
            {"fish_farming", "fishing_aquaculture"},
        ),
    ],
    "my": [
        (
            "အဲ... ကျွန်မက ရွာမှာ အမေနဲ့အတူ ထဘီ အင်္ကျီတွေ ချုပ်ပေးခဲ့တာ ဟို... စက်ချုပ်လည်း တတ်တယ်လေ၊ အပ်ချုပ်ဆိုင်လေး ဖွင့်ချင်တယ်",
            {"sewing", "tailoring", "own_business"},
        ),
        (
            "ဘုန်းကြီးကျောင်းမှာ ပွဲရှိတိုင်း ဆွမ်းချက်တာ ကျွန်တော်ပဲ၊ လူငါးဆယ်စာ ထမင်းဟင်း ချက်နိုင်တယ်၊ စားသောက်ဆိုင်မှာ စားဖိုမှူး "
            "လုပ်ချင်တယ်",
            {"cooking", "food_service"},
        ),
        (
            "ဦးလေးနဲ့ အိမ်မှာ wiring ဆွဲတာ မီးခလုတ် ပလတ်ပေါက် တပ်တာ လုပ်ဖူးတယ်၊ electrician သင်တန်း တက်ချင်တယ်",
            {"electrical_wiring", "electrical_work"},
        ),
        (
            "ကျွန်မ အဖွားကို... အဲ အဖွား လမ်းမလျှောက်နိုင်တော့ ရေချိုးပေး ထမင်းခွံ့ ဆေးတိုက်ပေး နှစ်နှစ်လောက် လုပ်ခဲ့တယ်၊ အဲဒါ "
            "သက်ကြီးစောင့်ရှောက်ရေး အလုပ် လုပ်ချင်တယ်",
            {"elder_care"},
        ),
        (
            "ဦးလေးရဲ့ လက်ဖက်ရည်ဆိုင်မှာ လက်ဖက်ရည် ကော်ဖီ ဖျော်ပေးခဲ့တယ်၊ café မှာ barista လုပ်ချင်တယ်",
            {"barista", "coffee"},
        ),
        (
            "အဖေဆီက လက်သမားအတတ် သင်ခဲ့တယ်၊ ရွာမှာ သစ်သားတံခါး ပြတင်းပေါက် ကုလားထိုင် လုပ်ပေးဖူးတယ်၊ ဒါပေမဲ့ အမိုးပေါ် တက်ရတဲ့ "
            "အလုပ် မလုပ်ချင်ဘူး",
            {"carpentry"},
        ),
        (
            "ဟို... ရွာမှာ ရေကြီးတုန်းက အိမ်တွေ လိုက်ပြီး ဆန်ဝေ ရေဝေ လုပ်ပေးတယ်၊ အဲ... လူတွေကို ကူညီရတာ ပျော်တယ်၊ လူမှုရေး အလုပ် "
            "လုပ်ချင်တယ်",
            {"community_work", "helping_others"},
        ),
        (
            "မြန်မာလို ထိုင်းလို ပြောတတ်တယ်၊ ဈေးမှာ အမေ့ကို ထိုင်းဝယ်သူတွေနဲ့ စကားပြန်ပေးခဲ့တယ်၊ စကားပြန် အလုပ် လုပ်ချင်တယ်",
            {"translation_interpreting", "languages_translation"},
        ),
    ],
    "zh": [
        (
            "嗯…我細個喺鄉下成日幫阿媽喺街市擺檔賣菜，即係…收錢、招呼街坊，都幾熟手㗎，"
            "想自己開返個小檔口。",
            {"market_trading", "own_business"},
        ),
        (
            "在老家我一直帮叔叔打理果园，修枝、施肥、嫁接都会，就是不想再背着喷雾器打农药了。",
            {"agriculture"},
        ),
        (
            "屋企啲阿姨部電腦壞咗、wifi上唔到都搵我搞，裝app、重裝system我都識，想做IT support",
            {"it_support", "computers"},
        ),
        (
            "就是…我以前在廟裡幫忙嘛，那個…每次辦法會都是我幫大家拍照，然後修圖，嗯，"
            "大家都說拍得很好看，我想當攝影師。",
            {"photography", "creative_media"},
        ),
        (
            "我表姐在网上卖衣服，我帮她开直播、拍短视频、回复客人消息、打包发货，"
            "以后想自己开个网店。",
            {"online_selling", "own_business"},
        ),
        (
            "我阿爺以前揸貨車㗎，佢…佢細細個就教我揸，嗯，我識揸但係未有牌，想考埋車牌，"
            "之後做送貨。",
            {"driving", "driving_licence", "delivery"},
        ),
        (
            "奶奶教我包粽子、蒸馒头、做月饼，每年过节全村都来找我订，我想再学做面包和蛋糕。",
            {"baking"},
        ),
        (
            "在家鄉我照顧弟弟妹妹長大，也常幫鄰居帶小孩、講故事、教他們寫字，想去幼稚園當助教。",
            {"childcare", "teaching"},
        ),
    ],
}


#: The fourteenth set, held out until the fifteenth was written (first run in session 26:
#: en 0.88, th 0.86, vi 0.95, tl 1.00, km 0.75, my 0.88, zh 0.90; its misses mended then),
#: written
#: blind in session 26 by a writer given only the concept ids and their English labels (not
#: the vocabulary's terms, its tests or the earlier sets). Its theme: what people want said
#: as goals and outcomes (a steady income from a trade, a small business of a named kind,
#: work near family, learning a thing first and then working in it), in the register of a
#: hurried officer or of the survivor's own words as noted, and about one phrase in four
#: typed as on a phone (Vietnamese without its marks, Taglish and text-speak, English words
#: in Latin script among Thai, Khmer, Burmese and Cantonese). Committed before its first run;
#: its first run's figures are the ones that count.
SEEN_FOURTEENTH: Phrases = {
    "en": [
        (
            (
                "Her plan: sell her own grilled corn and fish balls from a "
                "street stall near the school, enough to cover the rent each "
                "month."
            ),
            {"cooking", "market_trading"},
        ),
        (
            (
                "Long term she'd like her own little massage and spa place "
                "back home. First she needs a proper massage certificate."
            ),
            {"beauty_wellness", "massage", "own_business"},
        ),
        (
            (
                "He hopes to learn car mechanics and then get a job in a "
                "garage with a steady wage, not far from his parents' town."
            ),
            {"automotive_repair", "car_repair"},
        ),
        (
            (
                "wants a job in IT, fixing laptops n setting up wifi for "
                "small offices. pls find short course 4 him"
            ),
            {"computers", "it_support"},
        ),
        (
            (
                "I want to make bead bracelets and earrings at home and sell "
                "them online, so I can be there when my kids get home from "
                "school."
            ),
            {"handicrafts", "jewellery_making", "online_selling"},
        ),
        (
            (
                "Wants to join her brother's small building crew painting "
                "houses and laying tiles, learning on the job."
            ),
            {"bricklaying", "construction", "house_painting"},
        ),
        (
            (
                "She wants to become a peer mentor for other women who've "
                "come home, help them settle back in, maybe study social "
                "work later."
            ),
            {"community_work", "helping_others"},
        ),
        (
            (
                "gd w/ ppl, wants front desk job at a hotel or guesthouse, "
                "steady shifts, near fam in Cebu"
            ),
            {"front_desk", "hospitality"},
        ),
    ],
    "th": [
        (
            ("อยากเรียนตัดผมให้เป็นก่อน แล้วค่อยเปิดร้านตัดผมเล็กๆ ที่บ้านเกิด จะได้อยู่ใกล้พ่อแม่"),
            {"beauty_wellness", "hairdressing", "own_business"},
        ),
        (
            ("น้องอยากมีรายได้ประจำจากการเย็บผ้า รับตัดชุดและแก้เสื้อผ้าให้คนในหมู่บ้าน"),
            {"sewing", "tailoring"},
        ),
        (
            ("อยากเรียน barista แล้วไปทำงานร้าน coffee ในเมือง เก็บเงินส่งน้องเรียน"),
            {"barista", "coffee", "food_service"},
        ),
        (
            ("อยากช่วยเหลือน้องๆ ผู้หญิงที่กลับมาบ้านเหมือนกัน อยากเป็นพี่เลี้ยงในกลุ่มเพื่อนช่วยเพื่อน"),
            {"community_work", "helping_others"},
        ),
        (
            ("อยากกลับไปอยู่กับแม่ที่ต่างจังหวัด ทำสวนผักปลอดสารพิษ ให้พอมีกินมีใช้ทุกวัน"),
            {"agriculture", "vegetable_growing"},
        ),
        (
            ("อยากทำงานเป็น รปภ. ที่ห้างใกล้บ้าน มีเงินเดือนประจำทุกเดือน จะได้ส่งเงินให้ยาย"),
            {"security_services"},
        ),
        (
            ("อยากได้งาน waitress ร้านอาหารฝรั่งที่ภูเก็ต จะฝึกพูด English ไปด้วย"),
            {"english_conversation", "food_service", "language_learning", "table_service"},
        ),
        (
            ("ฝันอยากมีบริษัทรับทำความสะอาดบ้านและคอนโดเล็กๆ เป็นของตัวเอง"),
            {"cleaning_services", "housework", "own_business"},
        ),
    ],
    "vi": [
        (
            ("Em muốn học nấu ăn cho giỏi rồi mở một quán cơm nhỏ ở quê để được gần bố mẹ."),
            {"cooking", "food_service", "own_business"},
        ),
        (
            ("muon hoc lam mong tay roi xin vao lam tiem nail, kiem tien nuoi con an hoc"),
            {"beauty_wellness", "nail_care"},
        ),
        (
            (
                "Chị ấy muốn học nghề điện dân dụng để đi lắp điện cho các "
                "nhà trong xã, có thu nhập ổn định."
            ),
            {"electrical_wiring", "electrical_work"},
        ),
        (
            ("Muốn nuôi tôm, nuôi cá ở ao nhà để có thu nhập, khỏi phải đi làm xa nữa."),
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            ("muon hoc han sat roi lam tho han o xuong co khi gan nha"),
            {"welding"},
        ),
        (
            (
                "Em mong sau này làm hướng dẫn viên du lịch ở Hội An, giới "
                "thiệu quê mình cho khách nước ngoài, nên muốn học tiếng Anh "
                "trước."
            ),
            {"english_conversation", "language_learning", "tour_guiding", "tourism"},
        ),
        (
            ("Em muốn học kế toán cơ bản để tự ghi sổ sách cho tiệm tạp hóa của gia đình."),
            {"accounting_basics"},
        ),
        (
            (
                "Em muốn nhận trông trẻ cho các gia đình trong khu phố, vì "
                "em rất thương con nít và muốn có việc gần nhà."
            ),
            {"childcare", "domestic_care_work"},
        ),
    ],
    "tl": [
        (
            (
                "Pangarap niyang magkaroon ng sariling maliit na sari-sari "
                "store sa harap ng bahay nila para may kita araw-araw."
            ),
            {"own_business", "retail_sales"},
        ),
        (
            (
                "gusto q matuto mag-drive para makapag-Grab driver, bcoz "
                "gusto ko nasa bahay ako pag gabi kasama mga anak ko"
            ),
            {"driving", "transport_delivery"},
        ),
        (
            (
                "Pangarap niyang maging caregiver ng mga matatanda sa bahay "
                "nila, kaya gusto muna niyang mag-training sa first aid."
            ),
            {"domestic_care_work", "elder_care", "first_aid"},
        ),
        (
            (
                "Gusto niyang magturo sa mga batang hindi pa marunong "
                "magbasa dito sa barangay, kaya gusto niyang mag-aral ng "
                "pagtuturo."
            ),
            {"education", "teaching"},
        ),
        (
            (
                "Gusto ni kuya matuto ng karpinterya para makagawa siya ng "
                "mesa at upuan at maibenta sa bayan."
            ),
            {"carpentry", "selling"},
        ),
        (
            (
                "pls hanapan nyo sya ng computer course, gusto nya maging "
                "data encoder sa office para may stable na sahod"
            ),
            {"basic_computer", "data_entry", "office_admin"},
        ),
        (
            (
                "Gusto niyang matutong gumawa ng kakanin at ibenta online "
                "para may extra na kita habang inaalagaan niya ang anak niya."
            ),
            {"cooking", "online_selling"},
        ),
        (
            (
                "Gusto niyang magtrabaho sa isang resort sa Palawan bilang "
                "housekeeping staff, para malapit lang sa pamilya niya."
            ),
            {"hospitality", "housekeeping"},
        ),
    ],
    "km": [
        (
            ("ខ្ញុំចង់រៀនកាត់ដេរ ហើយបើកហាងដេរខោអាវតូចមួយនៅភូមិ ដើម្បីនៅជិតឪពុកម្ដាយ។"),
            {"own_business", "sewing", "tailoring"},
        ),
        (
            ("គាត់ចង់ចិញ្ចឹមមាន់ និងជ្រូកនៅផ្ទះ ដើម្បីមានចំណូលទៀងទាត់ សម្រាប់បង់ថ្លៃសាលាឲ្យកូន។"),
            {"agriculture", "livestock"},
        ),
        (
            ("នាងចង់ក្លាយជាជាងធ្វើសក់ និងជាអ្នកតុបតែងមុខកូនក្រមុំ ដើម្បីរកលុយចិញ្ចឹមគ្រួសារ។"),
            {"beauty_wellness", "hairdressing", "makeup"},
        ),
        (
            ("ចង់រៀនជួសជុលម៉ូតូ ហើយធ្វើការនៅហាងជួសជុលម៉ូតូក្នុងស្រុកកំណើត ដើម្បីនៅជិតគ្រួសារ។"),
            {"automotive_repair", "motorbike_repair"},
        ),
        (
            ("ចង់លក់ខោអាវ online តាម Facebook និង TikTok ដើម្បីមានលុយចាយខ្លួនឯង"),
            {"online_selling"},
        ),
        (
            ("ខ្ញុំចង់រៀនភាសាចិនឲ្យចេះនិយាយស្ទាត់ ដើម្បីធ្វើការជាអ្នកបកប្រែនៅក្រុមហ៊ុន។"),
            {
                "chinese_language",
                "language_learning",
                "languages_translation",
                "translation_interpreting",
            },
        ),
        (
            ("ខ្ញុំចូលចិត្តគូររូប ចង់រៀនគូរឲ្យពូកែ ហើយលក់គំនូរឲ្យភ្ញៀវទេសចរនៅសៀមរាប។"),
            {"creative_media", "drawing_painting", "selling"},
        ),
        (
            ("ចង់រៀនធ្វើ QC នៅ factory កាត់ដេរ ដើម្បីឡើងប្រាក់ខែ"),
            {"garment_manufacturing", "manufacturing", "quality_control"},
        ),
    ],
    "my": [
        (
            ("ကိုယ်ပိုင် မုန့်ဖုတ်ဆိုင်လေး ဖွင့်ချင်တယ်။ အရင်ဆုံး ကိတ်မုန့်နဲ့ ပေါင်မုန့် ဖုတ်နည်း သင်ချင်တယ်။"),
            {"baking", "own_business"},
        ),
        (
            ("ရွာမှာ မိသားစုနဲ့ အတူနေပြီး စပါးစိုက်ချင်တယ်။ ခေတ်မီ စိုက်ပျိုးနည်းတွေ သင်ယူချင်တယ်။"),
            {"agriculture", "rice_farming"},
        ),
        (
            ("ဆေးရုံမှာ လူနာပြုစုရေး အကူအဖြစ် လုပ်ချင်တယ်။ ရှေးဦးသူနာပြုစုနည်း သင်တန်း အရင်တက်ချင်တယ်။"),
            {"first_aid", "health_care_support"},
        ),
        (
            ("phone ပြင်တဲ့ သင်တန်း တက်ချင်တယ်၊ ပြီးရင် ကိုယ်ပိုင် phone ဆိုင်လေး ဖွင့်မယ်"),
            {"own_business", "phone_repair"},
        ),
        (
            ("ကားမောင်းလိုင်စင် ရချင်တယ်၊ ပြီးရင် ရန်ကုန်မှာ taxi မောင်းပြီး အမေ့ကို ထောက်ပံ့ချင်တယ်"),
            {"driving", "driving_licence", "transport_delivery"},
        ),
        (
            ("ကုန်လှောင်ရုံမှာ ပစ္စည်းထုပ်ပိုးတဲ့ အလုပ် လုပ်ချင်တယ်။ လစာ ပုံမှန်ရပြီး အိမ်နဲ့ နီးရင် ပိုကောင်းတယ်။"),
            {"logistics_warehouse", "packing"},
        ),
        (
            ("ရိုးရာ ချည်ထည်တွေ ရက်ပြီး ခရီးသွားဧည့်သည်တွေကို ရောင်းချင်တယ်။"),
            {"handicrafts", "selling", "weaving"},
        ),
        (
            ("ကိုယ့်လို ပြန်လာတဲ့ အမျိုးသမီးတွေကို စိတ်ဓာတ်ပိုင်း ကူညီပေးချင်တယ်၊ counselling သင်တန်း တက်ချင်တယ်"),
            {"community_work", "helping_others"},
        ),
    ],
    "zh": [
        (
            ("佢想讀個 elderly care course，之後喺安老院做護理員，搵份穩定人工。"),
            {"elder_care", "health_care_support"},
        ),
        (
            ("佢話想學整西餅，將來喺屋企附近開間細細嘅餅舖。"),
            {"baking", "own_business"},
        ),
        (
            ("想做 barista，最好喺 café 返工，順便學埋拉花。"),
            {"barista", "coffee", "food_service"},
        ),
        (
            ("佢想考車牌，之後揸車做送貨，返工時間定啲，可以多啲時間陪仔女。"),
            {"delivery", "driving", "driving_licence", "transport_delivery"},
        ),
        (
            ("佢好想學好廣東話同英文，咁樣喺香港搵工容易啲。"),
            {"chinese_language", "english_conversation", "language_learning"},
        ),
        (
            ("想讀 bookkeeping 課程，之後喺細公司做 accounts clerk，朝九晚六。"),
            {"accounting_basics", "office_admin"},
        ),
        (
            ("佢想幫其他同鄉姊妹，做義工教佢哋點樣理財同儲錢。"),
            {"community_work", "financial_literacy", "helping_others"},
        ),
        (
            ("佢鍾意影相，想學 photography 同剪片，將來接 freelance job 幫人影婚禮。"),
            {"creative_media", "graphic_design", "photography"},
        ),
    ],
}


#: The thirteenth set, held out until the fourteenth was written (first run in session 25:
#: en 0.68, th 0.70, vi 0.75, tl 0.88, km 0.82, my 0.75, zh 0.57; its misses mended then),
#: written
#: blind in session 25 after the twelfth, by a writer given only the concept ids and their
#: English labels (not the vocabulary's terms, its tests or the earlier sets). Its theme:
#: the less common trades the earlier sets rarely asked about (welding, front desks, fish
#: ponds, beadwork, IT support, bookkeeping, laundries, phone repair, call centres, weaving,
#: carpentry, tour guiding, first aid...), named the way workers name them, by the tools,
#: the workplace, the products or the customers rather than the trade's name, with regional
#: words (Isan and northern Thai, southern Vietnamese, Cebuano-tinged Taglish, Hong Kong
#: Cantonese), and one phrase in four saying also what the person no longer wants. Committed
#: before its first run; its first run's figures are the ones that count.
SEEN_THIRTEENTH: Phrases = {
    "en": [
        (
            (
                "I don't want to sit at a sewing table again. I liked the mask and the sparks, "
                "joining steel bars for gates and window grilles."
            ),
            {"welding"},
        ),
        (
            (
                "She wants to be the first person guests see in a hotel lobby, handing over room "
                "keys, checking bookings and answering the phone at the counter."
            ),
            {"front_desk", "hospitality", "customer_service"},
        ),
        (
            (
                "Grew up feeding tilapia in my uncle's ponds and checking the water every morning; "
                "would like to raise fish or prawns again back home."
            ),
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            (
                "Loves threading tiny beads and twisting wire into earrings and bracelets, says "
                "she could sit for hours making them for friends."
            ),
            {"jewellery_making", "handicrafts"},
        ),
        (
            (
                "He's the one everyone calls when the printer jams or the wifi drops; wants a job "
                "keeping an office's computers and network running."
            ),
            {"it_support", "computers"},
        ),
        (
            (
                "Kept the receipts and the ledger book at the hardware shop where she helped out, "
                "and liked making the columns balance at month's end."
            ),
            {"accounting_basics"},
        ),
        (
            (
                "Not the kitchen again, please. He wants to get his licence so he can drive a "
                "delivery van or a pickup for a company."
            ),
            {"driving_licence", "driving", "delivery", "transport_delivery"},
        ),
        (
            (
                "Good with tailor's chalk and the big scissors; she likes laying paper patterns on "
                "the cloth and cutting out the pieces before the sewing starts."
            ),
            {"pattern_cutting", "tailoring"},
        ),
    ],
    "th": [
        (
            ("ชอบเดินสายไฟ ติดปลั๊ก ติดหลอดไฟบ้านใหม่ เคยตามน้าไปรับงานในหมู่บ้าน อยากทำเป็นอาชีพจริงจัง"),
            {"electrical_wiring", "electrical_work"},
        ),
        (
            (
                "ไม่อยากกลับไปอยู่โรงงานแล้ว อยากทำงานอู่รถเก๋ง เปลี่ยนถ่ายน้ำมันเครื่อง "
                "เปลี่ยนผ้าเบรก มือเปื้อนน้ำมันก็บ่เป็นหยัง"
            ),
            {"car_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            ("แม่สอนทอผ้าไหมกับกี่ใต้ถุนบ้านมาตั้งแต่เด็ก อยากกลับไปทอผ้ามัดหมี่อีก ถ้ามีกลุ่มแม่บ้านทอผ้าให้เข้าก็ดีหลาย"),
            {"weaving", "handicrafts"},
        ),
        (
            ("ชอบงานรับออเดอร์ ยกจานไปให้ลูกค้าที่โต๊ะในร้านอาหาร ได้พูดคุยกับคน แต่ไม่เอางานล้างจานหลังร้านแล้ว"),
            {"table_service", "food_service", "customer_service"},
        ),
        (
            ("เคยนั่งคัดชิ้นงานที่โรงงานอิเล็กทรอนิกส์ ส่องหารอยตำหนิ แยกของเสียออกจากไลน์ ตาไว อยากได้งานแบบนี้อีก"),
            {"quality_control", "manufacturing"},
        ),
        (
            ("ชอบถือกล้องไปถ่ายรูปงานบวช งานแต่งในหมู่บ้าน คนชอบขอรูปไปลงเฟซ อยากมีกล้องดีๆ เป็นของตัวเองสักตัว"),
            {"photography", "creative_media"},
        ),
        (
            ("อยากพานักท่องเที่ยวขึ้นดอย เที่ยวหมู่บ้านชาวเขา เล่าเรื่องวัดกับอาหารเมืองให้แขกฟังเจ้า"),
            {"tour_guiding", "tourism"},
        ),
        (
            ("ได้เงินมาทีไรหมดทุกที อยากรู้วิธีแบ่งเงินเก็บ จดรายรับรายจ่าย ออมไว้ส่งลูกเรียน ไม่อยากเป็นหนี้อีก"),
            {"financial_literacy"},
        ),
    ],
    "vi": [
        (
            (
                "Em đạp máy may công nghiệp quen tay rồi, may lai quần, ráp cổ áo nhanh lắm, muốn "
                "vô xưởng may làm tiếp."
            ),
            {"sewing_machine_operation", "sewing", "garment_manufacturing"},
        ),
        (
            (
                "Không muốn bưng bê nữa, em muốn vô xưởng làm chả cá, đóng gói tôm đông lạnh, làm "
                "ca đêm cũng được."
            ),
            {"food_processing", "packing"},
        ),
        (
            (
                "Thích mày mò thay màn hình, thay pin, ép kính cho điện thoại của bạn bè, muốn "
                "ngồi học nghề ở tiệm ngoài chợ."
            ),
            {"phone_repair"},
        ),
        (
            (
                "Hồi ở quê đi phụ hồ với ba, trộn hồ, xây tường, lợp mái tôn, giờ muốn theo mấy "
                "đội thợ cất nhà."
            ),
            {"house_building", "construction", "bricklaying"},
        ),
        (
            (
                "Muốn đứng quầy tính tiền ở siêu thị hay cửa hàng tiện lợi, quét mã vạch, thối "
                "tiền cho khách, em tính nhẩm lẹ lắm."
            ),
            {"cashier", "retail_sales"},
        ),
        (
            (
                "Chị mê trồng kiểng, chăm mấy chậu lan, tưới cây, tỉa cành, muốn làm ở vườn ươm "
                "hoa kiểng hay chăm cây cho khu nghỉ dưỡng."
            ),
            {"gardening"},
        ),
        (
            (
                "Em hay băng bó cho mấy đứa nhỏ trong xóm bị té, muốn học cầm máu, hô hấp nhân tạo "
                "cho đàng hoàng rồi làm phòng y tế công ty."
            ),
            {"first_aid", "health_care_support"},
        ),
        (
            (
                "Không muốn làm nhà hàng nữa, tối nào em cũng coi phim Hàn tập nói theo, muốn đi "
                "học tiếng Hàn cho giỏi để sau này làm phiên dịch."
            ),
            {"language_learning", "translation_interpreting", "languages_translation"},
        ),
    ],
    "tl": [
        (
            (
                "Gusto ko mag-BPO kahit graveyard shift, naka-headset lang at sumasagot sa tawag "
                "ng mga customer na Kano. Kaya ko naman mag-English."
            ),
            {"call_centre", "customer_service", "english_conversation"},
        ),
        (
            (
                "Ayoko na sa bukid. Mas gusto kong hawak ang lagari at martilyo, gumagawa ng kama, "
                "hagdan at kabinet na kahoy gaya ng tatay ko."
            ),
            {"carpentry"},
        ),
        (
            (
                "Sanay akong magplantsa ng uniporme at barong, malinis at maayos ang tupi ko. "
                "Gusto kong magtrabaho sa laundry shop sa bayan."
            ),
            {"laundry_ironing"},
        ),
        (
            (
                "Taga-isla ako, bata pa lang sumasama na ako sa bangka ni Papa, mamasol ug "
                "manglambat. Gusto ko ulit mangisda basta malapit lang sa amin."
            ),
            {"fishing", "fishing_aquaculture"},
        ),
        (
            (
                "Gusto kong mag-tutor ng mga bata sa barangay, turuan silang magbasa at magsulat, "
                "kasi mahal ko talaga ang mga chikiting."
            ),
            {"teaching", "education"},
        ),
        (
            (
                "Hindi ako pang-kusina. Mas bet ko na kaharap ang mga suki, inaasikaso ang tanong "
                "at reklamo nila sa counter ng mall."
            ),
            {"customer_service", "retail_sales"},
        ),
        (
            (
                "Gusto kong tumulong sa mga nanay sa aming purok, mag-organisa ng mga pulong at "
                "livelihood, parang volunteer sa barangay pero sana may sweldo."
            ),
            {"community_work", "helping_others"},
        ),
        (
            (
                "Mahilig akong mag-layout ng tarpaulin at invitation sa Canva, pati mag-edit ng "
                "video sa CapCut. Gusto ko sana sa printing shop."
            ),
            {"graphic_design", "creative_media"},
        ),
    ],
    "km": [
        (
            ("ខ្ញុំធ្លាប់បើកម៉ាស៊ីនធំៗនៅរោងចក្រ ចុចប៊ូតុង ដាក់វត្ថុធាតុដើមចូល ហើយបិទម៉ាស៊ីនពេលវាខូច ចង់ធ្វើការងារបែបនេះទៀត"),
            {"machine_operation", "manufacturing"},
        ),
        (
            ("មិនចង់ធ្វើការនៅចំការទៀតទេ ចង់ចូលរោងចក្រ ដំឡើងគ្រឿងបន្លាស់ ខួងវីស តាមខ្សែសង្វាក់ផលិតកម្ម"),
            {"assembly", "manufacturing"},
        ),
        (
            ("ឪពុកខ្ញុំមានស្រះនៅភូមិ ខ្ញុំចង់ត្រឡប់ទៅចិញ្ចឹមត្រី និងបង្គាដូចគាត់ ឱ្យចំណីរាល់ព្រឹក និងមើលទឹកស្រះ"),
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            ("ចង់នាំភ្ញៀវបរទេសដើរលេងប្រាសាទអង្គរវត្ត ពន្យល់ពីប្រវត្តិប្រាសាទ និងនិយាយភាសាអង់គ្លេសជាមួយពួកគេ"),
            {"tour_guiding", "tourism", "english_conversation"},
        ),
        (
            ("ចូលចិត្តជួសជុលកង្ហារ ឆ្នាំងដាំបាយ តខ្សែភ្លើង ដំឡើងព្រីភ្លើង និងអំពូលនៅផ្ទះអ្នកភូមិ ចង់ធ្វើជាជាងភ្លើង"),
            {"electrical_work", "electrical_wiring"},
        ),
        ("ពេលទំនេរ ខ្ញុំតែងយកជក់ និងពណ៌ទឹកមកគូររូបវាលស្រែ និងប្រាសាទ ចង់រៀនគូរឱ្យកាន់តែស្អាត", {"drawing_painting"}),
        (
            ("មិនចង់មើលក្មេងទៀតទេ ចង់ធ្វើការក្នុងផ្ទះបាយភោជនីយដ្ឋាន ហើយរៀនរក្សាអនាម័យម្ហូប លាងដៃ ទុកសាច់ក្នុងទូទឹកកក"),
            {"food_hygiene", "cooking", "food_service"},
        ),
        ("ខ្ញុំចង់ចេះគ្រប់គ្រងលុយ កត់ត្រាចំណូលចំណាយ សន្សំបន្តិចម្តងៗ កុំឱ្យជំពាក់បំណុលគេទៀត", {"financial_literacy"}),
    ],
    "my": [
        (
            (
                "ဆိုင်ကယ်ပြင်ဆိုင်မှာ ပြန်မလုပ်ချင်တော့ဘူး။ သံပန်းဆိုင်မှာ မျက်နှာဖုံးတပ်ပြီး "
                "သံတံခါး၊ ပြတင်းပေါက်သံပန်းတွေ ဂဟေဆော်ချင်တယ်။"
            ),
            {"welding"},
        ),
        (
            ("မြန်မာလို ထိုင်းလို နှစ်မျိုးလုံးပြောတတ်လို့ ဆေးရုံမှာ လူနာနဲ့ ဆရာဝန်ကြားမှာ စကားပြန်ပေးချင်တယ်။"),
            {"translation_interpreting", "languages_translation"},
        ),
        (
            ("ကားဝပ်ရှော့မှာ အင်ဂျင်ဝိုင်လဲတာ၊ ဘရိတ်ပြင်တာ၊ အင်ဂျင်ဖွင့်ကြည့်တာတွေ လိုက်သင်ချင်တယ်။ လက်ပေတာ မကြောက်ဘူး။"),
            {"car_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            ("ပုတီးစေ့လေးတွေ ကြိုးသီပြီး လက်ကောက်၊ နားကပ်၊ ဆွဲကြိုးလုပ်ရတာ အရမ်းဝါသနာပါတယ်၊ တစ်နေကုန် ထိုင်လုပ်နိုင်တယ်။"),
            {"jewellery_making", "handicrafts"},
        ),
        (
            ("စက်ရုံအလုပ် မကြိုက်ဘူး။ ပန်းခြံထဲမှာ အပင်တွေ ရေလောင်း၊ မြေဆွ၊ ပေါင်းနုတ်ရတာ စိတ်အေးလို့ အဲဒီလိုအလုပ် လုပ်ချင်တယ်။"),
            {"gardening"},
        ),
        (
            ("ဟိုတယ် အဝတ်လျှော်ခန်းမှာ အိပ်ရာခင်းတွေ လျှော်၊ ခေါက်၊ မီးပူတိုက်တဲ့အလုပ်မျိုး လုပ်ချင်တယ်။ မီးပူတိုက်တာ သေသပ်တယ်။"),
            {"laundry_ironing", "housekeeping", "hospitality"},
        ),
        (
            ("ရပ်ကွက်ထဲက ကလေးတွေကို ညနေဘက် အက္ခရာနဲ့ သင်္ချာ သင်ပေးဖူးတယ်၊ ကလေးတွေ စာတတ်လာတာမြင်ရင် ပျော်တယ်။"),
            {"teaching", "education"},
        ),
        ("ဖုန်းဆိုင်မှာ ကွဲနေတဲ့ မျက်နှာပြင်လဲတာ၊ ဘက်ထရီလဲတာ၊ ဆော့ဖ်ဝဲတင်တာတွေ လုပ်တတ်ချင်တယ်။", {"phone_repair"}),
    ],
    "zh": [
        (
            "唔想再喺廚房企成日，想去酒店做前台，幫客人check-in、派房卡、聽電話。",
            {"front_desk", "hospitality", "customer_service"},
        ),
        (
            "佢好鍾意用電腦整poster同剪片，平時都幫教會做宣傳單張，想搵呢類嘅工。",
            {"graphic_design", "creative_media"},
        ),
        (
            "佢成日揹住部相機周圍影相，影街景又影人，想去影樓做助手，學打燈。",
            {"photography", "creative_media"},
        ),
        (
            "以前喺茶餐廳做過樓面，落單、捧餐、執枱都好熟手，想做返飲食。",
            {"table_service", "food_service"},
        ),
        (
            "公司啲同事部電腦死機、打印機塞紙都搵佢，佢想正式做呢啲，幫公司整電腦、裝軟件、搞網絡。",
            {"it_support", "computers"},
        ),
        (
            "佢喺阿姨間士多幫手記數，每晚對單埋數，覺得好有滿足感，想學多啲點樣做數。",
            {"accounting_basics"},
        ),
        (
            "佢識講泰文同緬甸話，想幫啲啱嚟嘅同鄉喺醫院、銀行做傳譯。",
            {"translation_interpreting", "languages_translation"},
        ),
        (
            "唔想再做工廠嘢喇，想坐喺office戴住耳筒聽客人電話、解答查詢，做熱線嗰啲。",
            {"call_centre", "customer_service"},
        ),
    ],
}


#: The twelfth set, held out until the thirteenth was written (first run in session 24: en
#: 1.00, th 1.00, vi 1.00, tl 0.95, km 1.00, my 0.82, zh 1.00; its misses mended then). As
#: officers actually type on a phone, from what the person said: short, messy, informal
#: (Vietnamese with half its tone marks dropped, Taglish and text-speak, Thai with English
#: run in, Khmer and Burmese with loanwords, Cantonese as in WhatsApp, English with typos).
SEEN_TWELFTH: Phrases = {
    "en": [
        (
            "want work at garment factory, can use sewing machine",
            {"garment_manufacturing", "sewing"},
        ),
        (
            "i can fix moto, change oil n tire, want job in garage",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        ("she did nail in salon 2yrs want do nails again", {"nail_care", "beauty_wellness"}),
        (
            "grew up in farm, can plant rice n raise chicken, want farm job",
            {"agriculture", "rice_farming", "livestock"},
        ),
        (
            "ok to work hotel cleaning room, housekeeping",
            {"housekeeping", "hospitality", "cleaning_services"},
        ),
        ("worked construction b4, mix cement n lay brick", {"construction", "bricklaying"}),
        ("know how sell on fb live, want sell clothes online", {"online_selling", "selling"}),
        (
            "can take care baby n small kids, also cook for family",
            {"childcare", "cooking", "domestic_care_work"},
        ),
    ],
    "th": [
        (
            "อยากเป็นบาริสต้าอ่ะค่ะ ชงกาแฟเป็นนิดหน่อย อยากทำงานร้านคาเฟ่",
            {"barista", "coffee", "food_service"},
        ),
        ("เคยทำงานโรงงานแพ็คของ2ปีค่ะ อยากกลับไปทำโรงงานอีก", {"manufacturing", "packing"}),
        ("พี่เขาเคยทำงานก่อสร้าง ฉาบปูนก่ออิฐได้ อยากทำงานช่างต่อ", {"construction", "bricklaying"}),
        ("อยากขายของonlineอ่ะ เคยไลฟ์ขายเสื้อผ้าในเฟส", {"online_selling", "selling"}),
        (
            "น้องเคยเป็นแม่บ้านโรงแรม ทำความสะอาดห้องพักค่ะ",
            {"housekeeping", "hospitality", "cleaning_services"},
        ),
        ("อยากเรียนนวดแผนไทยนะคะ จะได้ไปทำงานสปา", {"massage", "beauty_wellness"}),
        (
            "ช่วยพ่อซ่อมมอไซค์มาตั้งแต่เด็ก อยากเป็นช่างค่ะ",
            {"motorbike_repair", "automotive_repair"},
        ),
        ("อยากเรียนทำเบเกอรี่ค่ะ ทำเค้กทำขนมปัง", {"baking", "cooking"}),
    ],
    "vi": [
        ("em muon hoc lam banh kem, banh mi ngot a", {"baking", "cooking"}),
        (
            "e lam cong nhan may 3 nam roi, di may cong nghiep dc, k can day lai",
            {"garment_manufacturing", "sewing"},
        ),
        ("Chị ấy muốn học làm nail, làm móng tay móng chân", {"nail_care", "beauty_wellness"}),
        (
            "a ay lam phu ho may nam, tron ho xay gach dc het",
            {"construction", "house_building", "bricklaying"},
        ),
        (
            "Anh biết sửa xe máy, muốn làm thợ ở tiệm sửa xe ạ",
            {"motorbike_repair", "automotive_repair"},
        ),
        ("e thich ban hang online, live tren fb voi tiktok", {"online_selling", "selling"}),
        (
            "Muốn làm tạp vụ, dọn phòng khách sạn cũng dc",
            {"cleaning_services", "housekeeping", "hospitality"},
        ),
        ("Ở quê em nuôi heo nuôi gà, giờ muốn làm trang trại", {"livestock", "agriculture"}),
    ],
    "tl": [
        (
            "gsto nya mag work sa factory, kahit assembly or packing ok lng",
            {"manufacturing", "assembly", "packing"},
        ),
        (
            "marunong sya mag drive, may license na pro, gusto maging driver",
            {"driving", "transport_delivery", "driving_licence"},
        ),
        ("gsto ko mag yaya, mag alaga ng baby at bata", {"childcare", "domestic_care_work"}),
        (
            "nag work sya sa hotel dati, housekeeping, naglilinis ng rooms",
            {"housekeeping", "hospitality", "cleaning_services"},
        ),
        ("gusto ko matuto mag massage pra mka work sa spa", {"massage", "beauty_wellness"}),
        (
            "mangingisda tatay nya sa probinsya, marunong sya mangisda, ok sa kanya fishing ulit",
            {"fishing", "fishing_aquaculture"},
        ),
        (
            "may alam sya sa electrical, nag wiring na ng bahay, gsto nya maging electrician",
            {"electrical_work", "electrical_wiring"},
        ),
        (
            "marunong ako mag bake ng cake tsaka cupcakes, gsto ko ibenta online",
            {"baking", "online_selling"},
        ),
    ],
    "km": [
        (
            "គាត់ធ្លាប់ធ្វើការរោងចក្រកាត់ដេរ ដេរម៉ាស៊ីនបាន ចង់ធ្វើវិញ",
            {"garment_manufacturing", "sewing"},
        ),
        (
            "ប្អូនចង់រៀនជាងម៉ូតូ ដូរប្រេងម៉ាស៊ីន ជួសម៉ូតូ",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        (
            "ចង់ធ្វើការហាងកាហ្វេ ចង់រៀនធ្វើ barista ឆុងកាហ្វេ",
            {"barista", "coffee", "food_service"},
        ),
        ("ចង់រៀនធ្វើក្រចក ធ្វើ nail នៅហាងស្ប៉ា", {"nail_care", "beauty_wellness"}),
        ("ចង់រៀនកុំព្យូទ័រ Word Excel អីហ្នឹង", {"basic_computer", "computers"}),
        (
            "នៅស្រុកធ្វើស្រែ ដាំស្រូវជាមួយម៉ាក់ ចង់ធ្វើកសិកម្មវិញ",
            {"rice_farming", "agriculture"},
        ),
        ("ចង់លក់អនឡាញ លក់ខោអាវតាម Facebook live", {"online_selling", "selling"}),
        (
            "ធ្លាប់ធ្វើការអូតែល រៀបបន្ទប់ បោសសម្អាត",
            {"housekeeping", "hospitality", "cleaning_services"},
        ),
    ],
    "my": [
        (
            "အထည်ချုပ် factory မှာ စက်ချုပ်ဖူးတယ်၊ ပြန်လုပ်ချင်တယ်",
            {"garment_manufacturing", "sewing"},
        ),
        (
            "ကော်ဖီဆိုင်မှာ လုပ်ချင်တယ်၊ ကော်ဖီဖျော်တတ်တယ် barista သင်တန်းလည်း တက်ချင်တယ်",
            {"barista", "coffee", "food_service"},
        ),
        ("ကွန်ပျူတာ သင်တန်း တက်ချင်ပါတယ်၊ computer basic လေး", {"basic_computer", "computers"}),
        ("မိတ်ကပ်လုပ်တာ ဝါသနာပါတယ်၊ အလှပြင် သင်တန်းတက်ချင်တယ်", {"makeup", "beauty_wellness"}),
        (
            "ဆောက်လုပ်ရေး site မှာ လုပ်ဖူးတယ်၊ အုတ်စီ ဘိလပ်မြေ ရောတာ",
            {"construction", "bricklaying"},
        ),
        (
            "မီးလိုင်းသွယ်တာ လုပ်တတ်တယ်၊ electrician လုပ်ချင်တယ်",
            {"electrical_work", "electrical_wiring"},
        ),
        (
            "ကလေးထိန်းတာ အိမ်အလုပ်လုပ်တာ လုပ်ဖူးတယ်",
            {"childcare", "housework", "domestic_care_work"},
        ),
        ("အွန်လိုင်းကနေ အဝတ်အစား ရောင်းချင်တယ်", {"online_selling", "selling"}),
    ],
    "zh": [
        ("想做 sales，喺商場間 shop 度做", {"retail_sales", "selling"}),
        (
            "佢之前喺酒店做 housekeeping，執房嗰啲",
            {"housekeeping", "hospitality", "cleaning_services"},
        ),
        ("想學整蛋糕同麵包，想入 bakery 做", {"baking", "cooking"}),
        (
            "識揸車，有車牌，想搵司機工",
            {"driving", "transport_delivery", "driving_licence"},
        ),
        ("想學美甲，做 gel 甲", {"nail_care", "beauty_wellness"}),
        ("識砌電腦整電腦，想做 IT support", {"it_support", "computers"}),
        ("以前喺地盤做過，識批盪同鋪磚", {"construction", "bricklaying"}),
        (
            "識湊 BB 又識煮飯，想做 part-time 家務助理",
            {"childcare", "cooking", "domestic_care_work"},
        ),
    ],
}

#: The eleventh set, held out until the twelfth was written (first run in session 23: en
#: 1.00, th 0.94, vi 1.00, tl 0.97, km 0.94, my 0.80, zh 1.00; its misses mended then). It
#: is about the most common work, said at more length, the way a person tells an officer
#: about themselves (cooking and a stall of one's own, mending clothes, cutting hair, caring
#: for an old relative, delivering on one's own motorbike, growing vegetables, guarding a
#: building, office work at a computer).
SEEN_ELEVENTH: Phrases = {
    "en": [
        (
            "My grandmother taught me to cook, I'd love to work in a kitchen and one day "
            "open my own noodle stall",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "I mend clothes for the neighbours all the time and want to become a real tailor",
            {"sewing", "tailoring"},
        ),
        ("I cut my sisters' hair at home, I want to work in a hair salon", {"hairdressing"}),
        (
            "I looked after my sick grandfather for years, I'm patient with old people",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "I have a motorbike and know the city streets well, I could deliver food or parcels",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "I grow vegetables and herbs in our garden and sell some to the neighbours",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        (
            "I'd like a job as a security guard at a mall or an office building",
            {"security_services"},
        ),
        (
            "I can type fast on the computer and I like working in an office with papers",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "th": [
        (
            "ยายสอนทำกับข้าวตั้งแต่เด็ก อยากทำงานในครัว แล้ววันหนึ่งอยากเปิดร้านก๋วยเตี๋ยวของตัวเอง",
            {"cooking", "food_service", "own_business"},
        ),
        ("รับซ่อมเสื้อผ้าให้เพื่อนบ้านบ่อยๆ อยากเป็นช่างตัดเสื้อจริงๆ", {"sewing", "tailoring"}),
        ("ชอบตัดผมให้น้องๆ อยากไปทำงานร้านทำผม", {"hairdressing"}),
        (
            "ดูแลตาที่ป่วยติดเตียงมาหลายปี ใจเย็นกับคนแก่",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "มีมอเตอร์ไซค์ รู้จักถนนในเมืองดี ส่งอาหารหรือส่งพัสดุได้",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "ปลูกผักสวนครัวกับสมุนไพรที่บ้าน แบ่งขายให้เพื่อนบ้านด้วย",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        ("อยากเป็นยาม รักษาความปลอดภัยที่ห้างหรือตึก", {"security_services"}),
        (
            "พิมพ์คอมได้เร็ว ชอบทำงานออฟฟิศ จัดเอกสาร",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "vi": [
        (
            "Bà ngoại dạy tôi nấu ăn từ nhỏ, tôi muốn làm trong bếp rồi sau này mở quán phở riêng",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "Tôi hay sửa quần áo cho hàng xóm, muốn trở thành thợ may thật sự",
            {"sewing", "tailoring"},
        ),
        ("Tôi hay cắt tóc cho mấy đứa em, muốn đi làm ở tiệm tóc", {"hairdressing"}),
        (
            "Tôi chăm ông nội bị liệt nhiều năm, tôi kiên nhẫn với người già",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "Tôi có xe máy, thuộc đường trong thành phố, có thể giao đồ ăn hoặc giao hàng",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "Tôi trồng rau và rau thơm trong vườn nhà, bán bớt cho hàng xóm",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        ("Tôi muốn làm bảo vệ ở trung tâm thương mại hoặc tòa nhà", {"security_services"}),
        (
            "Tôi đánh máy nhanh, thích làm văn phòng, sắp xếp giấy tờ",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "tl": [
        (
            "Tinuruan ako ng lola ko magluto, gusto kong magtrabaho sa kusina at balang araw "
            "magbukas ng sariling karinderya",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "Madalas akong nagtatahi ng sirang damit ng mga kapitbahay, gusto kong maging "
            "tunay na mananahi",
            {"sewing", "tailoring"},
        ),
        (
            "Ako ang gumugupit ng buhok ng mga kapatid ko, gusto kong magtrabaho sa parlor",
            {"hairdressing"},
        ),
        (
            "Inalagaan ko ang lolo kong may sakit nang ilang taon, mahaba ang pasensya ko sa "
            "matatanda",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "May motor ako at kabisado ko ang mga kalye sa lungsod, puwede akong mag-deliver ng "
            "pagkain o parcel",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "Nagtatanim ako ng gulay at halamang gamot sa bakuran, binebenta ko rin sa kapitbahay",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        ("Gusto kong maging security guard sa mall o sa building", {"security_services"}),
        (
            "Mabilis akong mag-type sa computer, gusto kong magtrabaho sa opisina at mag-ayos ng "
            "mga papeles",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "km": [
        (
            "យាយខ្ញុំបង្រៀនខ្ញុំធ្វើម្ហូបតាំងពីតូច ខ្ញុំចង់ធ្វើការនៅផ្ទះបាយ ហើយថ្ងៃក្រោយចង់បើកហាងគុយទាវផ្ទាល់ខ្លួន",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "ខ្ញុំតែងតែដេរជួសជុលខោអាវឲ្យអ្នកជិតខាង ខ្ញុំចង់ក្លាយជាជាងកាត់ដេរពិតប្រាកដ",
            {"sewing", "tailoring"},
        ),
        ("ខ្ញុំកាត់សក់ឲ្យប្អូនៗ ខ្ញុំចង់ធ្វើការនៅហាងកាត់សក់", {"hairdressing"}),
        (
            "ខ្ញុំមើលថែតាដែលឈឺអស់ជាច្រើនឆ្នាំ ខ្ញុំអត់ធ្មត់ជាមួយមនុស្សចាស់",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "ខ្ញុំមានម៉ូតូ ស្គាល់ផ្លូវក្នុងក្រុងច្បាស់ អាចដឹកម្ហូប ឬដឹកឥវ៉ាន់បាន",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "ខ្ញុំដាំបន្លែ និងជីរនៅសួនផ្ទះ ហើយលក់ខ្លះឲ្យអ្នកជិតខាង",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        ("ខ្ញុំចង់ធ្វើជាសន្តិសុខនៅផ្សារទំនើប ឬអគារ", {"security_services"}),
        (
            "ខ្ញុំវាយកុំព្យូទ័របានលឿន ចូលចិត្តធ្វើការការិយាល័យ រៀបចំឯកសារ",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "my": [
        (
            "အဖွားက ငယ်ငယ်ကတည်းက ဟင်းချက်တာ သင်ပေးခဲ့တယ်၊ မီးဖိုချောင်မှာ အလုပ်လုပ်ချင်တယ်၊ "
            "နောက်ပိုင်း ကိုယ်ပိုင် ခေါက်ဆွဲဆိုင် ဖွင့်ချင်တယ်",
            {"cooking", "food_service", "own_business"},
        ),
        (
            "အိမ်နီးချင်းတွေရဲ့ အဝတ်အစားတွေ ပြင်ချုပ်ပေးနေကျ၊ တကယ့် အပ်ချုပ်ဆရာ ဖြစ်ချင်တယ်",
            {"sewing", "tailoring"},
        ),
        (
            "ညီမလေးတွေကို ဆံပင်ညှပ်ပေးတယ်၊ ဆံပင်ညှပ်ဆိုင်မှာ အလုပ်လုပ်ချင်တယ်",
            {"hairdressing"},
        ),
        (
            "နေမကောင်းတဲ့ အဘိုးကို နှစ်တော်တော်ကြာ ပြုစုခဲ့တယ်၊ သက်ကြီးရွယ်အိုတွေနဲ့ စိတ်ရှည်တယ်",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "ဆိုင်ကယ်ရှိတယ်၊ မြို့ထဲလမ်းတွေ ကျွမ်းတယ်၊ အစားအသောက် ဒါမှမဟုတ် ပါဆယ် ပို့ပေးနိုင်တယ်",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "အိမ်ခြံထဲမှာ ဟင်းသီးဟင်းရွက်နဲ့ ဟင်းခတ်အမွှေးအကြိုင် စိုက်တယ်၊ အိမ်နီးချင်းတွေကို ရောင်းတယ်",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        (
            "ဈေးဝယ်စင်တာ ဒါမှမဟုတ် အဆောက်အဦမှာ လုံခြုံရေး လုပ်ချင်တယ်",
            {"security_services"},
        ),
        (
            "ကွန်ပျူတာ စာရိုက် မြန်တယ်၊ ရုံးအလုပ်၊ စာရွက်စာတမ်း စီစဉ်တာ ကြိုက်တယ်",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
    "zh": [
        (
            "外婆从小教我做饭，我想在厨房工作，以后自己开一家粉面店",
            {"cooking", "food_service", "own_business"},
        ),
        ("我经常帮邻居补衣服，想做一个真正的裁缝", {"sewing", "tailoring"}),
        ("我成日幫細妹剪頭髮，想去髮型屋做嘢", {"hairdressing"}),
        (
            "我照顾瘫痪的爷爷好几年，对老人很有耐心",
            {"elder_care", "health_care_support", "domestic_care_work"},
        ),
        (
            "我有摩托车，熟悉城里的路，可以送外卖或者送快递",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "我在自家菜园种菜和香草，也卖一些给邻居",
            {"vegetable_growing", "agriculture", "gardening", "market_trading"},
        ),
        ("我想在商场或者大楼做保安", {"security_services"}),
        (
            "我打字很快，喜欢在办公室工作，整理文件",
            {"office_admin", "data_entry", "basic_computer", "computers"},
        ),
    ],
}

#: The tenth set, held out until the eleventh was written (first run in session 23: farmed
#: fish named by their kind in English, a Khmer forklift said as "a machine that lifts
#: goods", Cantonese 油 as the verb of painting a house; mended as terms the same session).
SEEN_TENTH: Phrases = {
    "en": [
        (
            "I'd like to get a food safety certificate so I can work in a restaurant kitchen",
            {"food_hygiene", "cooking"},
        ),
        (
            "At the garment factory my job was checking finished shirts for mistakes before "
            "they shipped",
            {"quality_control", "garment_manufacturing"},
        ),
        (
            "I want to help people in my village, maybe volunteer with a community group",
            {"community_work", "helping_others"},
        ),
        (
            "I want to learn how to cut cloth from a paper pattern to make dresses",
            {"pattern_cutting", "tailoring", "sewing"},
        ),
        (
            "I already sell clothes on Facebook live and want to sell more online",
            {"online_selling", "own_business"},
        ),
        (
            "My family raised tilapia in ponds, I know how to feed and care for the fish",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "I want to learn to drive a forklift and work in a big warehouse",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "I can paint houses, walls inside and outside, my uncle taught me",
            {"house_painting", "construction"},
        ),
    ],
    "th": [
        (
            "อยากได้ใบรับรองสุขอนามัยอาหาร จะได้ทำงานในครัวร้านอาหาร",
            {"food_hygiene", "cooking"},
        ),
        (
            "ตอนอยู่โรงงานเสื้อผ้า หน้าที่คือตรวจเช็คเสื้อว่ามีตำหนิไหมก่อนส่งออก",
            {"quality_control", "garment_manufacturing"},
        ),
        ("อยากช่วยเหลือคนในหมู่บ้าน เป็นอาสาสมัครในชุมชน", {"community_work", "helping_others"}),
        ("อยากเรียนตัดผ้าตามแพทเทิร์น เพื่อตัดชุดเดรส", {"pattern_cutting", "tailoring", "sewing"}),
        (
            "ตอนนี้ขายเสื้อผ้าไลฟ์สดในเฟซบุ๊ก อยากขายออนไลน์ให้ได้มากขึ้น",
            {"online_selling", "own_business"},
        ),
        ("ที่บ้านเลี้ยงปลานิลในบ่อ รู้วิธีให้อาหารปลา", {"fish_farming", "fishing_aquaculture"}),
        (
            "อยากขับรถโฟล์คลิฟท์เป็น แล้วไปทำงานในโกดังสินค้า",
            {"forklift_operation", "logistics_warehouse"},
        ),
        ("ทาสีบ้านเป็น ทาสีผนังทั้งข้างในข้างนอก ลุงสอนมา", {"house_painting", "construction"}),
    ],
    "vi": [
        (
            "Tôi muốn có giấy chứng nhận vệ sinh an toàn thực phẩm để làm bếp nhà hàng",
            {"food_hygiene", "cooking"},
        ),
        (
            "Hồi ở xưởng may, tôi làm khâu kiểm hàng, xem áo có lỗi không trước khi xuất",
            {"quality_control", "garment_manufacturing"},
        ),
        (
            "Tôi muốn giúp đỡ bà con trong làng, làm tình nguyện viên",
            {"community_work", "helping_others"},
        ),
        ("Tôi muốn học cắt vải theo rập để may váy", {"pattern_cutting", "tailoring", "sewing"}),
        (
            "Tôi đang bán quần áo qua livestream trên Facebook, muốn bán online nhiều hơn",
            {"online_selling", "own_business"},
        ),
        (
            "Nhà tôi nuôi cá rô phi dưới ao, tôi biết cho cá ăn",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "Tôi muốn học lái xe nâng để làm trong kho hàng",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "Tôi biết sơn nhà, sơn tường trong ngoài, chú tôi dạy",
            {"house_painting", "construction"},
        ),
    ],
    "tl": [
        (
            "Gusto kong kumuha ng food safety certificate para makapagtrabaho sa kusina ng "
            "restawran",
            {"food_hygiene", "cooking"},
        ),
        (
            "Sa pabrika ng damit, ako ang nagche-check ng mga tapos na damit kung may depekto",
            {"quality_control", "garment_manufacturing"},
        ),
        (
            "Gusto kong tumulong sa mga tao sa barangay namin, mag-volunteer sa komunidad",
            {"community_work", "helping_others"},
        ),
        (
            "Gusto kong matutong gumupit ng tela ayon sa pattern para gumawa ng bestida",
            {"pattern_cutting", "tailoring", "sewing"},
        ),
        (
            "Nagbebenta ako ng damit sa Facebook live, gusto kong palaguin ang online na "
            "tindahan ko",
            {"online_selling", "own_business"},
        ),
        (
            "Nag-aalaga kami ng tilapia sa palaisdaan, marunong akong magpakain ng isda",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "Gusto kong matutong magmaneho ng forklift at magtrabaho sa bodega",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "Marunong akong magpintura ng bahay, pader sa loob at labas",
            {"house_painting", "construction"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំចង់បានវិញ្ញាបនបត្រអនាម័យម្ហូបអាហារ ដើម្បីធ្វើការនៅផ្ទះបាយភោជនីយដ្ឋាន",
            {"food_hygiene", "cooking"},
        ),
        (
            "ពេលនៅរោងចក្រកាត់ដេរ ខ្ញុំត្រួតពិនិត្យអាវដែលដេររួច មើលថាមានខូចឬអត់",
            {"quality_control", "garment_manufacturing"},
        ),
        (
            "ខ្ញុំចង់ជួយអ្នកភូមិ ធ្វើជាអ្នកស្ម័គ្រចិត្តក្នុងសហគមន៍",
            {"community_work", "helping_others"},
        ),
        (
            "ខ្ញុំចង់រៀនកាត់ក្រណាត់តាមពុម្ព ដើម្បីដេររ៉ូប",
            {"pattern_cutting", "tailoring", "sewing"},
        ),
        (
            "ខ្ញុំលក់ខោអាវតាមហ្វេសប៊ុកឡាយ ចង់លក់អនឡាញឲ្យបានច្រើនជាងនេះ",
            {"online_selling", "own_business"},
        ),
        (
            "គ្រួសារខ្ញុំចិញ្ចឹមត្រីក្នុងស្រះ ខ្ញុំចេះឲ្យចំណីត្រី",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "ខ្ញុំចង់រៀនបើកបរម៉ាស៊ីនលើកទំនិញ ដើម្បីធ្វើការនៅឃ្លាំងទំនិញ",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "ខ្ញុំចេះលាបថ្នាំផ្ទះ លាបជញ្ជាំងខាងក្នុងខាងក្រៅ",
            {"house_painting", "construction"},
        ),
    ],
    "my": [
        (
            "စားသောက်ဆိုင် မီးဖိုချောင်မှာ အလုပ်လုပ်နိုင်ဖို့ အစားအသောက် သန့်ရှင်းရေး လက်မှတ် ရချင်တယ်",
            {"food_hygiene", "cooking"},
        ),
        (
            "အထည်ချုပ်စက်ရုံမှာ ချုပ်ပြီးသား အင်္ကျီတွေ အပြစ်ရှိမရှိ စစ်ဆေးတဲ့အလုပ် လုပ်ခဲ့တယ်",
            {"quality_control", "garment_manufacturing"},
        ),
        (
            "ရွာထဲက လူတွေကို ကူညီချင်တယ်၊ လူမှုအသိုင်းအဝိုင်းမှာ စေတနာ့ဝန်ထမ်း လုပ်ချင်တယ်",
            {"community_work", "helping_others"},
        ),
        (
            "ပုံစံစက္ကူအတိုင်း အထည်ညှပ်တာ သင်ချင်တယ်၊ ဂါဝန်ချုပ်ဖို့",
            {"pattern_cutting", "tailoring", "sewing"},
        ),
        (
            "ဖေ့စ်ဘွတ်ခ်မှာ လိုက်ဖ်လွှင့်ပြီး အဝတ်အစား ရောင်းနေတယ်၊ အွန်လိုင်းရောင်းတာ ပိုတိုးချင်တယ်",
            {"online_selling", "own_business"},
        ),
        (
            "အိမ်မှာ ကန်ထဲမှာ ငါးမွေးတယ်၊ ငါးစာကျွေးတတ်တယ်",
            {"fish_farming", "fishing_aquaculture"},
        ),
        (
            "ဖို့ကလစ် မောင်းတတ်ချင်တယ်၊ ဂိုဒေါင်မှာ အလုပ်လုပ်ချင်တယ်",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "အိမ်ဆေးသုတ်တတ်တယ်၊ နံရံ အတွင်းအပြင် ဆေးသုတ်တယ်",
            {"house_painting", "construction"},
        ),
    ],
    "zh": [
        ("我想考个食品卫生证，这样可以在餐厅厨房上班", {"food_hygiene", "cooking"}),
        (
            "以前在制衣厂做查货，检查做好的衣服有没有次品",
            {"quality_control", "garment_manufacturing"},
        ),
        ("我想帮村里的人，做社区义工", {"community_work", "helping_others"}),
        ("想學按紙樣裁布，自己做裙", {"pattern_cutting", "tailoring", "sewing"}),
        ("我在抖音直播卖衣服，想把网店做大", {"online_selling", "own_business"}),
        ("家里在鱼塘养罗非鱼，我会喂鱼", {"fish_farming", "fishing_aquaculture"}),
        ("我想学开叉车，去仓库工作", {"forklift_operation", "logistics_warehouse"}),
        ("我識油屋，屋企裡面外面嘅牆都油過", {"house_painting", "construction"}),
    ],
}

#: The ninth set, held out until the tenth was written (first run in session 22: an
#: electronics factory read as electrical work, no English shrimp factory, Cantonese
#: "細路仔" unread; mended as terms the same session).
SEEN_NINTH: Phrases = {
    "en": [
        (
            "I worked at a shrimp factory peeling and packing shrimp into boxes",
            {"food_processing", "packing"},
        ),
        (
            "I want to learn to speak English better so I can talk with customers",
            {"language_learning", "english_conversation"},
        ),
        (
            "I like putting small parts together, like on an electronics factory line",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        (
            "People always ask me to fix their computer or set up the wifi",
            {"it_support", "computers"},
        ),
        (
            "I draw pictures in my notebook every night, I love painting with colours",
            {"drawing_painting", "creative_media"},
        ),
        (
            "I want to learn how to save money and keep a budget for my family",
            {"financial_literacy", "accounting_basics"},
        ),
        (
            "Back home we planted rice every rainy season, I know the paddy work",
            {"rice_farming", "agriculture"},
        ),
        ("I would like to teach young kids to read and write", {"teaching", "education"}),
    ],
    "th": [
        ("เคยทำงานโรงงานแกะกุ้ง แพ็คกุ้งใส่กล่อง", {"food_processing", "packing"}),
        (
            "อยากเรียนภาษาอังกฤษ จะได้คุยกับลูกค้าต่างชาติได้",
            {"language_learning", "english_conversation"},
        ),
        (
            "ชอบประกอบชิ้นส่วนเล็กๆ เคยอยู่ไลน์ผลิตโรงงานอิเล็กทรอนิกส์",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        ("ชอบซ่อมคอมพิวเตอร์ ลงโปรแกรมให้เพื่อนๆ", {"it_support", "computers"}),
        ("ชอบวาดรูประบายสี วาดทุกวันเลย", {"drawing_painting", "creative_media"}),
        (
            "อยากรู้วิธีจัดการเงิน ออมเงิน ทำบัญชีรายรับรายจ่าย",
            {"financial_literacy", "accounting_basics"},
        ),
        ("ที่บ้านทำนา ปลูกข้าวมาตั้งแต่เด็ก", {"rice_farming", "agriculture"}),
        ("อยากสอนหนังสือเด็กเล็ก", {"teaching", "education"}),
    ],
    "vi": [
        (
            "Em từng làm ở xưởng chế biến hải sản, lột tôm và đóng gói",
            {"food_processing", "packing"},
        ),
        (
            "Em muốn học tiếng Anh để nói chuyện với khách",
            {"language_learning", "english_conversation"},
        ),
        (
            "Em thích lắp ráp linh kiện điện tử, từng đứng dây chuyền ở nhà máy",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        ("Em hay cài phần mềm và sửa máy tính cho bạn bè", {"it_support", "computers"}),
        ("Em thích vẽ tranh, tô màu", {"drawing_painting", "creative_media"}),
        (
            "Em muốn học cách quản lý tiền, tiết kiệm và ghi chép thu chi",
            {"financial_literacy", "accounting_basics"},
        ),
        ("Nhà em làm ruộng, em biết cấy lúa", {"rice_farming", "agriculture"}),
        ("Em muốn dạy chữ cho các em nhỏ", {"teaching", "education"}),
    ],
    "tl": [
        (
            "Nagtrabaho ako sa pabrika ng sardinas, nag-iimpake ng mga lata",
            {"food_processing", "packing"},
        ),
        (
            "Gusto kong matuto mag-Ingles para makausap ko ang mga customer",
            {"language_learning", "english_conversation"},
        ),
        (
            "Sanay ako mag-assemble ng maliliit na piyesa sa pabrika ng electronics",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        (
            "Ako lagi ang nag-aayos ng computer at internet sa bahay namin",
            {"it_support", "computers"},
        ),
        (
            "Mahilig akong gumuhit at magpinta ng mga larawan",
            {"drawing_painting", "creative_media"},
        ),
        (
            "Gusto kong matutong mag-ipon at magbadyet ng pera",
            {"financial_literacy", "accounting_basics"},
        ),
        ("Nagtatanim kami ng palay sa probinsya", {"rice_farming", "agriculture"}),
        ("Gusto kong magturo sa mga bata na magbasa", {"teaching", "education"}),
    ],
    "km": [
        (
            "ខ្ញុំធ្លាប់ធ្វើការនៅរោងចក្រកែច្នៃត្រី វេចខ្ចប់ត្រីដាក់កំប៉ុង",
            {"food_processing", "packing"},
        ),
        (
            "ខ្ញុំចង់រៀននិយាយភាសាអង់គ្លេស ដើម្បីនិយាយជាមួយភ្ញៀវ",
            {"language_learning", "english_conversation"},
        ),
        (
            "ខ្ញុំចូលចិត្តដំឡើងគ្រឿងបន្លាស់តូចៗ នៅរោងចក្រគ្រឿងអេឡិចត្រូនិច",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        ("ខ្ញុំចេះជួសជុលកុំព្យូទ័រ និងដំឡើងកម្មវិធី", {"it_support", "computers"}),
        ("ខ្ញុំចូលចិត្តគូររូប និងលាបពណ៌", {"drawing_painting", "creative_media"}),
        (
            "ខ្ញុំចង់រៀនសន្សំលុយ និងគ្រប់គ្រងប្រាក់ចំណូលចំណាយ",
            {"financial_literacy", "accounting_basics"},
        ),
        ("គ្រួសារខ្ញុំធ្វើស្រែ ខ្ញុំចេះស្ទូងដកស្រូវ", {"rice_farming", "agriculture"}),
        ("ខ្ញុំចង់បង្រៀនក្មេងៗឱ្យចេះអាន", {"teaching", "education"}),
    ],
    "my": [
        (
            "ပုစွန်စက်ရုံမှာ ပုစွန်ခွာပြီး ထုပ်ပိုးတဲ့အလုပ် လုပ်ဖူးတယ်",
            {"food_processing", "packing"},
        ),
        (
            "ဖောက်သည်တွေနဲ့ စကားပြောနိုင်အောင် အင်္ဂလိပ်စကား သင်ချင်တယ်",
            {"language_learning", "english_conversation"},
        ),
        (
            "အီလက်ထရောနစ် စက်ရုံမှာ အစိတ်အပိုင်းလေးတွေ တပ်ဆင်တာ ဝါသနာပါတယ်",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        (
            "သူငယ်ချင်းတွေရဲ့ ကွန်ပျူတာ ပြင်ပေးတယ်၊ ဆော့ဖ်ဝဲ တင်ပေးတယ်",
            {"it_support", "computers"},
        ),
        ("ပုံဆွဲရတာ၊ ဆေးရောင်ခြယ်ရတာ ကြိုက်တယ်", {"drawing_painting", "creative_media"}),
        (
            "ငွေစုနည်းနဲ့ ဝင်ငွေထွက်ငွေ စာရင်းကိုင်နည်း သင်ချင်တယ်",
            {"financial_literacy", "accounting_basics"},
        ),
        ("ရွာမှာ စပါးစိုက်တယ်၊ လယ်ထွန်တတ်တယ်", {"rice_farming", "agriculture"}),
        ("ကလေးငယ်တွေကို စာသင်ပေးချင်တယ်", {"teaching", "education"}),
    ],
    "zh": [
        ("我以前喺海鮮加工廠剝蝦同包裝", {"food_processing", "packing"}),
        ("我想學好英文，可以同客人傾偈", {"language_learning", "english_conversation"}),
        (
            "我鍾意砌細零件，以前喺電子廠生產線做過",
            {"assembly", "machine_operation", "manufacturing"},
        ),
        ("朋友部電腦壞咗都係搵我整，我識裝軟件", {"it_support", "computers"}),
        ("我好鍾意畫畫同填顏色", {"drawing_painting", "creative_media"}),
        ("我想學點樣儲錢同記賬", {"financial_literacy", "accounting_basics"}),
        ("我屋企喺鄉下種稻米，我識插秧", {"rice_farming", "agriculture"}),
        ("我想教細路仔讀書寫字", {"teaching", "education"}),
    ],
}

#: The eighth set, held out until the ninth was written (first run in session 18).
SEEN_EIGHTH: Phrases = {
    "en": [
        (
            "I used to do the laundry and ironing at a guesthouse, folding sheets all day",
            {"laundry_ironing", "housekeeping", "hospitality"},
        ),
        (
            "I'd love to paint walls and houses, I painted our whole room myself",
            {"house_painting", "construction"},
        ),
        ("My dad raised pigs and chickens, I fed them every morning", {"livestock", "agriculture"}),
        (
            "I want to learn hair cutting and colouring so I can work in a salon",
            {"hairdressing", "beauty_wellness"},
        ),
        (
            "I'm quick at typing and I like putting numbers into spreadsheets",
            {"data_entry", "office_admin", "basic_computer"},
        ),
        (
            "I can ride a motorbike well, I could deliver food or parcels around the city",
            {"delivery", "transport_delivery", "driving"},
        ),
        (
            "I make bracelets and earrings from beads and sell them to friends",
            {"jewellery_making", "handicrafts"},
        ),
        (
            "I would like to help other women who went through hard times, listening and "
            "supporting them",
            {"helping_others", "community_work"},
        ),
    ],
    "th": [
        ("ชอบงานไม้ เคยช่วยพ่อทำโต๊ะกับตู้", {"carpentry", "construction"}),
        ("อยากเรียนทำเล็บ ทาสีเล็บให้เพื่อนบ่อยๆ", {"nail_care", "beauty_wellness"}),
        ("เคยเลี้ยงปลาในบ่อที่บ้าน อยากทำต่อ", {"fish_farming", "fishing_aquaculture"}),
        (
            "อยากเป็นคนส่งของ ขี่มอเตอร์ไซค์เก่ง รู้จักถนนดี",
            {"delivery", "transport_delivery", "driving"},
        ),
        ("ถนัดงานเชื่อมเหล็ก เคยทำที่ร้านทำประตูเหล็ก", {"welding"}),
        ("ชอบเลี้ยงเด็ก อยากทำงานในศูนย์เด็กเล็ก", {"childcare", "education"}),
        ("อยากทำงานนวด เคยนวดให้แม่ทุกวัน", {"massage", "beauty_wellness"}),
        ("พิมพ์ดีดเร็ว อยากทำงานคีย์ข้อมูลในออฟฟิศ", {"data_entry", "office_admin"}),
    ],
    "vi": [
        ("Em biết làm tóc, cắt tóc cho cả xóm", {"hairdressing", "beauty_wellness"}),
        (
            "Em muốn học sửa xe máy, ở quê em hay sửa xe cho anh trai",
            {"motorbike_repair", "automotive_repair", "engine_maintenance"},
        ),
        ("Em thích nuôi gà, nuôi heo, ở nhà có chuồng gà", {"livestock", "agriculture"}),
        ("Em từng giặt ủi quần áo cho một tiệm giặt", {"laundry_ironing"}),
        (
            "Em muốn làm thợ điện, biết đi dây điện trong nhà",
            {"electrical_work", "electrical_wiring", "construction"},
        ),
        ("Em hay làm vòng tay, đồ thủ công bằng hạt cườm", {"jewellery_making", "handicrafts"}),
        ("Em muốn làm bánh mì, bánh ngọt để bán", {"baking", "cooking", "food_service"}),
        (
            "Em muốn giúp đỡ những người phụ nữ khác trong cộng đồng",
            {"helping_others", "community_work"},
        ),
    ],
    "tl": [
        ("Marunong akong magmasahe, gusto kong magtrabaho sa spa", {"massage", "beauty_wellness"}),
        (
            "Gusto kong matutong magkumpuni ng kotse",
            {"car_repair", "automotive_repair", "engine_maintenance"},
        ),
        ("Dati akong nag-aalaga ng baboy at manok sa probinsya", {"livestock", "agriculture"}),
        ("Mabilis akong mag-type, gusto ko ng trabaho sa opisina", {"data_entry", "office_admin"}),
        (
            "Gusto kong maging karpintero, marunong akong gumawa ng upuan",
            {"carpentry", "construction"},
        ),
        (
            "Mahilig akong mag-ayos ng kuko at mag-makeup",
            {"nail_care", "makeup", "beauty_wellness"},
        ),
        ("Gusto kong magturo sa mga bata sa daycare", {"childcare", "teaching", "education"}),
        ("Marunong akong magmaneho ng van, may lisensya ako", {"driving", "transport_delivery"}),
    ],
    "km": [
        ("ខ្ញុំចង់រៀនកាត់សក់", {"hairdressing", "beauty_wellness"}),
        ("ខ្ញុំធ្លាប់ចិញ្ចឹមជ្រូក និងមាន់ នៅផ្ទះ", {"livestock", "agriculture"}),
        ("ខ្ញុំចេះបើកម៉ូតូ ចង់ដឹកជញ្ជូនឥវ៉ាន់", {"delivery", "transport_delivery", "driving"}),
        ("ខ្ញុំចង់ធ្វើជាងឈើ", {"carpentry", "construction"}),
        ("ខ្ញុំចូលចិត្តធ្វើនំ ចង់រៀនធ្វើនំខេក", {"baking", "cooking"}),
        ("ខ្ញុំចង់ម៉ាស្សា នៅស្ប៉ា", {"massage", "beauty_wellness"}),
        ("ខ្ញុំចេះបោកអ៊ុតខោអាវ", {"laundry_ironing", "housework"}),
        ("ខ្ញុំចង់ជួយមើលថែក្មេងៗ នៅសាលាមត្តេយ្យ", {"childcare", "education"}),
    ],
    "my": [
        ("ဆံပင်ညှပ်တာ သင်ချင်တယ်", {"hairdressing", "beauty_wellness"}),
        ("ကြက်တွေ ဝက်တွေ မွေးဖူးတယ်", {"livestock", "agriculture"}),
        ("လက်သည်းအလှပြင်တာ ဝါသနာပါတယ်", {"nail_care", "beauty_wellness"}),
        ("ဆိုင်ကယ်နဲ့ ပစ္စည်းပို့တဲ့အလုပ် လုပ်ချင်တယ်", {"delivery", "transport_delivery"}),
        ("လက်ဝတ်ရတနာ လုပ်တာ သင်ချင်တယ်", {"jewellery_making", "handicrafts"}),
        ("ကလေးထိန်းတဲ့အလုပ် လုပ်ဖူးတယ်", {"childcare", "domestic_care_work"}),
        ("ပေါင်မုန့်နဲ့ ကိတ်မုန့် ဖုတ်တတ်တယ်", {"baking"}),
        (
            "ကွန်ပျူတာမှာ စာရိုက်တာ မြန်တယ်၊ ရုံးအလုပ် လုပ်ချင်တယ်",
            {"data_entry", "office_admin", "basic_computer"},
        ),
    ],
    "zh": [
        ("我会剪头发，想在理发店工作", {"hairdressing", "beauty_wellness"}),
        ("我以前在家养过猪和鸡", {"livestock", "agriculture"}),
        ("我想学做美甲", {"nail_care", "beauty_wellness"}),
        (
            "我骑摩托车很熟，可以送外卖或者送快递",
            {"delivery", "transport_delivery", "driving"},
        ),
        ("我想做木工，做桌椅", {"carpentry", "construction"}),
        ("我识焊接，以前喺铁厂做过", {"welding"}),  # Cantonese: I know welding
        ("我想学按摩，以后在按摩店上班", {"massage", "beauty_wellness"}),
        ("我打字很快，想找文员的工作", {"data_entry", "office_admin"}),
    ],
}

#: The seventh set, held out until the eighth was written (seen in session 17: workplaces
#: named beside a trade read as wishes; the concept fit's cosine favouring an opportunity
#: about fewer things, mended in session 18).
SEEN_SEVENTH: Phrases = {
    "en": [
        (
            "I used to guard a warehouse at night, I'm fine standing for long hours and "
            "watching the cameras",
            {"security_services"},
        ),
        (
            "I want to answer phones for a company, I speak English and Thai and I'm polite "
            "on the phone",
            {"call_centre", "customer_service"},
        ),
        (
            "I helped build my family's house, mixing cement and laying bricks",
            {"bricklaying", "construction", "house_building"},
        ),
        (
            "can I learn to repair mobile phones? I always open them up to see how they work",
            {"phone_repair"},
        ),
        (
            "I like taking photos and editing them on my phone, maybe a job doing pictures "
            "for shops",
            {"photography", "graphic_design", "creative_media"},
        ),
        (
            "I speak Burmese, Thai and some English, I could translate for people at the clinic",
            {"translation_interpreting", "languages_translation"},
        ),
        (
            "I drove a forklift in the warehouse at the port for two years",
            {"forklift_operation", "logistics_warehouse"},
        ),
        (
            "My grandmother taught me to weave cloth on a loom, I would like to do that again",
            {"weaving", "handicrafts"},
        ),
    ],
    "th": [
        ("เคยเป็นยามหน้าหมู่บ้าน อยากทำงานรักษาความปลอดภัยอีก", {"security_services"}),
        ("ชอบคุยโทรศัพท์กับลูกค้า อยากทำงานคอลเซ็นเตอร์", {"call_centre", "customer_service"}),
        ("ทาสีบ้านเป็น เคยช่วยพ่อทาสีตึก", {"house_painting", "construction"}),
        ("อยากเรียนซ่อมมือถือ เปลี่ยนจอเปลี่ยนแบตได้", {"phone_repair"}),
        (
            "อยากเป็นไกด์พาเที่ยว พูดภาษาอังกฤษได้นิดหน่อย",
            {"tour_guiding", "tourism", "english_conversation"},
        ),
        ("เคยทำงานนวดแผนไทยที่ร้านนวด อยากกลับไปนวดอีก", {"massage", "beauty_wellness"}),
        ("อยากทำงานร้านสะดวกซื้อ คิดเงินที่แคชเชียร์", {"cashier", "retail_sales"}),
        ("ช่วยแม่ดำนาเกี่ยวข้าวทุกปี ทำนาเป็น", {"rice_farming", "agriculture"}),
    ],
    "vi": [
        ("Em làm bảo vệ cho công ty hai năm, trực đêm cũng được", {"security_services"}),
        ("Em muốn học sửa điện thoại di động", {"phone_repair"}),
        ("Em biết hàn sắt, từng làm ở xưởng cơ khí", {"welding", "manufacturing"}),
        (
            "Em thích chụp ảnh và chỉnh ảnh, muốn làm thiết kế đồ họa",
            {"photography", "graphic_design", "creative_media"},
        ),
        (
            "Em từng giặt ủi quần áo cho khách sạn",
            {"laundry_ironing", "housekeeping", "hospitality"},
        ),
        ("Em muốn học sơ cứu để làm ở phòng khám", {"first_aid", "health_care_support"}),
        (
            "Em nói được tiếng Trung, có thể làm phiên dịch",
            {"chinese_language", "translation_interpreting", "languages_translation"},
        ),
        ("Em muốn làm thu ngân ở siêu thị", {"cashier", "retail_sales"}),
    ],
    "tl": [
        ("Naging security guard ako sa mall dati", {"security_services"}),
        (
            "Gusto kong magtrabaho sa call center, magaling ako mag-Ingles",
            {"call_centre", "english_conversation", "customer_service"},
        ),
        (
            "Marunong akong magkarpintero, gumawa ako ng mga mesa at upuan",
            {"carpentry", "construction"},
        ),
        (
            "Gusto kong matutong magmaneho ng forklift sa bodega",
            {"forklift_operation", "logistics_warehouse"},
        ),
        ("Nag-aalaga ako ng mga baboy at manok sa probinsya", {"livestock", "agriculture"}),
        ("Gusto kong maging tour guide dito sa isla", {"tour_guiding", "tourism"}),
        (
            "Marunong akong mangisda, sumasama ako sa bangka ng tatay ko",
            {"fishing", "fishing_aquaculture"},
        ),
        (
            "Gusto kong matuto ng first aid at maging caregiver",
            {"first_aid", "health_care_support", "elder_care"},
        ),
    ],
    "km": [
        ("ខ្ញុំធ្លាប់ធ្វើជាសន្តិសុខនៅរោងចក្រ", {"security_services"}),
        ("ខ្ញុំចង់រៀនជួសជុលទូរស័ព្ទដៃ", {"phone_repair"}),
        ("ខ្ញុំចេះត្បាញសូត្រ ម្តាយខ្ញុំបង្រៀន", {"weaving", "handicrafts"}),
        ("ខ្ញុំចង់ធ្វើជាអ្នកនាំភ្ញៀវទេសចរណ៍នៅសៀមរាប", {"tour_guiding", "tourism"}),
        ("ខ្ញុំចេះធ្វើស្រែ ដកស្ទូង និងច្រូតស្រូវ", {"rice_farming", "agriculture"}),
        ("ខ្ញុំចង់រៀនម៉ាស្សា", {"massage", "beauty_wellness"}),
        ("ខ្ញុំចង់ធ្វើការជាអ្នកគិតលុយនៅផ្សារទំនើប", {"cashier", "retail_sales"}),
        ("ខ្ញុំចេះបើកឡានដឹកទំនិញ", {"driving", "transport_delivery", "delivery"}),
    ],
    "my": [
        ("လုံခြုံရေးဝန်ထမ်းအလုပ် လုပ်ချင်တယ်", {"security_services"}),
        ("ဖုန်းပြင်တာ သင်ချင်တယ်", {"phone_repair"}),
        ("ဆောက်လုပ်ရေးမှာ အုတ်စီခဲ့ဖူးတယ်", {"bricklaying", "construction"}),
        ("ငါးဖမ်းလှေပေါ်မှာ အလုပ်လုပ်ခဲ့တယ်", {"fishing", "fishing_aquaculture"}),
        ("ဓာတ်ပုံရိုက်တာ ဝါသနာပါတယ်", {"photography", "creative_media"}),
        (
            "မြန်မာ ထိုင်း စကားပြန် လုပ်နိုင်တယ်",
            {"translation_interpreting", "languages_translation"},
        ),
        (
            "ကုန်လှောင်ရုံမှာ ပစ္စည်းထုပ်ပိုးတဲ့အလုပ် လုပ်ခဲ့တယ်",
            {"packing", "logistics_warehouse"},
        ),
        ("အထည်ရက်တာ အမေ့ဆီက သင်ခဲ့တယ်", {"weaving", "handicrafts"}),
    ],
    "zh": [
        ("我以前在小区当保安，上夜班也可以", {"security_services"}),
        ("我想学修手机", {"phone_repair"}),
        ("我会电焊，在工地干过", {"welding", "construction"}),
        (
            "我喜欢拍照，也会用手机修图",
            {"photography", "graphic_design", "creative_media"},
        ),
        (
            "我会说缅甸话和泰语，可以做翻译",
            {"translation_interpreting", "languages_translation"},
        ),
        ("我想在超市当收银员", {"cashier", "retail_sales"}),
        ("我开过叉车，在仓库工作了两年", {"forklift_operation", "logistics_warehouse"}),
        ("我想学急救，以后去医院做护工", {"first_aid", "health_care_support"}),
    ],
}

#: The sixth set, held out until the seventh was written (seen in session 16: Burmese
#: plurals and object markers between a noun and its verb).
SEEN_SIXTH: Phrases = {
    "en": [
        (
            "back home i helped my uncle fix scooters and tuk tuks, i like getting my hands "
            "dirty with engines",
            {"motorbike_repair", "engine_maintenance", "automotive_repair"},
        ),
        (
            "I'm really patient with old people, I looked after my neighbour's grandfather "
            "for a year",
            {"elder_care"},
        ),
        (
            "i want a job where i can do nails or eyelashes, i did my friends' nails all the time",
            {"nail_care", "beauty_wellness"},
        ),
        (
            "I can type fast and I'm careful with numbers, an office job would suit me",
            {"data_entry", "office_admin", "accounting_basics"},
        ),
        (
            "Driving is what I know. I have a motorbike licence and want to do deliveries",
            {"delivery", "driving", "transport_delivery"},
        ),
        (
            "i'd love to learn english properly so i can work with tourists",
            {"english_conversation", "tourism"},
        ),
        (
            "My mum kept pigs and chickens, I'd be happy working on a farm with animals",
            {"livestock", "agriculture"},
        ),
        (
            "I like making things with my hands, bracelets and small bags, and selling them",
            {"handicrafts", "jewellery_making", "selling"},
        ),
        (
            "something in a hotel maybe, cleaning rooms or helping at reception",
            {"housekeeping", "front_desk", "hospitality"},
        ),
        (
            "Not cooking again please. I'd like to work in a warehouse, packing boxes",
            {"logistics_warehouse", "packing"},
        ),
    ],
    "th": [
        ("หนูชอบแต่งหน้าทำผมให้เพื่อนๆ อยากทำงานร้านเสริมสวย", {"beauty_wellness", "hairdressing"}),
        ("เคยช่วยพ่อซ่อมรถมอเตอร์ไซค์ที่บ้าน อยากเป็นช่างค่ะ", {"motorbike_repair"}),
        ("อยากเลี้ยงเด็กเล็ก เพราะเคยดูแลน้องๆ มาตลอด", {"childcare"}),
        ("ขับรถได้ มีใบขับขี่ อยากขับรถส่งของ", {"driving", "delivery", "transport_delivery"}),
        ("ชอบปลูกต้นไม้ ดูแลสวน รดน้ำต้นไม้ทุกวัน", {"gardening", "vegetable_growing"}),
        ("อยากทำงานร้านกาแฟ ชงกาแฟเป็นนิดหน่อย", {"coffee", "barista"}),
        ("อยากเรียนภาษาอังกฤษเพื่อจะได้คุยกับลูกค้าต่างชาติ", {"english_conversation"}),
        ("เคยทำงานนวดที่สปา อยากทำต่อแต่ในที่ที่ปลอดภัย", {"massage", "beauty_wellness"}),
        (
            "ชอบคอมพิวเตอร์ พิมพ์งานเร็ว อยากทำงานออฟฟิศ",
            {"computers", "data_entry", "office_admin"},
        ),
        ("ไม่อยากทำงานบ้านแล้ว อยากทำขนมขาย", {"baking", "selling"}),
    ],
    "vi": [
        ("Em thích trang điểm và làm tóc cho bạn bè", {"beauty_wellness", "hairdressing"}),
        ("Tôi biết sửa xe máy, hồi ở quê tôi hay sửa xe cho hàng xóm", {"motorbike_repair"}),
        ("Em muốn làm bảo mẫu, chăm sóc em bé", {"childcare"}),
        (
            "Anh có bằng lái, muốn làm tài xế giao hàng",
            {"driving", "delivery", "transport_delivery"},
        ),
        ("Tôi thích chăn nuôi gà vịt, heo", {"livestock"}),
        ("Em muốn học pha chế cà phê", {"coffee", "barista"}),
        ("Em muốn học tiếng Anh giao tiếp", {"english_conversation"}),
        ("Chị từng làm nail ở tiệm, muốn làm lại nghề đó", {"nail_care", "beauty_wellness"}),
        (
            "Em biết dùng máy tính, muốn làm văn phòng, nhập liệu",
            {"computers", "office_admin", "data_entry"},
        ),
        ("Tôi muốn làm ở khách sạn, dọn phòng cũng được", {"housekeeping", "hospitality"}),
    ],
    "tl": [
        ("Mahilig akong mag-make up at mag-ayos ng buhok", {"beauty_wellness", "hairdressing"}),
        ("Marunong akong mag-ayos ng motor, tinuruan ako ng tatay ko", {"motorbike_repair"}),
        ("Gusto kong mag-alaga ng bata, yaya ako dati", {"childcare"}),
        (
            "May lisensya ako, gusto kong maging delivery rider",
            {"delivery", "driving", "transport_delivery"},
        ),
        ("Gusto kong mag-alaga ng baboy at manok", {"livestock"}),
        ("Gusto kong matutong gumawa ng kape, barista sana", {"coffee", "barista"}),
        (
            "Gusto kong matuto ng Ingles para makausap ko ang mga turista",
            {"english_conversation", "tourism"},
        ),
        (
            "Nagtrabaho ako sa salon, nagme-manicure at pedicure",
            {"nail_care", "beauty_wellness"},
        ),
        ("Marunong ako sa computer, gusto ko sa opisina", {"computers", "office_admin"}),
        (
            "Ayoko na sa bukid, gusto kong magtrabaho sa hotel bilang housekeeping",
            {"housekeeping", "hospitality"},
        ),
    ],
    "km": [
        ("ខ្ញុំចូលចិត្តតុបតែងមុខ និងធ្វើសក់", {"beauty_wellness", "hairdressing"}),
        ("ខ្ញុំចេះជួសជុលម៉ូតូ", {"motorbike_repair"}),
        ("ខ្ញុំចង់មើលថែក្មេងតូចៗ", {"childcare"}),
        (
            "ខ្ញុំមានប័ណ្ណបើកបរ ចង់ដឹកជញ្ជូនទំនិញ",
            {"driving", "delivery", "transport_delivery"},
        ),
        ("ខ្ញុំចូលចិត្តចិញ្ចឹមជ្រូក និងមាន់", {"livestock"}),
        ("ខ្ញុំចង់រៀនឆុងកាហ្វេ", {"coffee", "barista"}),
        ("ខ្ញុំចង់រៀនភាសាអង់គ្លេស", {"english_conversation"}),
        ("ខ្ញុំធ្លាប់ធ្វើក្រចកនៅហាង", {"nail_care", "beauty_wellness"}),
        ("ខ្ញុំចេះប្រើកុំព្យូទ័រ ចង់ធ្វើការការិយាល័យ", {"computers", "office_admin"}),
        ("ខ្ញុំចង់ធ្វើការនៅសណ្ឋាគារ សម្អាតបន្ទប់", {"housekeeping", "hospitality"}),
    ],
    "my": [
        ("မိတ်ကပ်လိမ်းတာ ဆံပင်ညှပ်တာ ဝါသနာပါတယ်", {"beauty_wellness", "hairdressing"}),
        ("အဖေနဲ့အတူ ဆိုင်ကယ်တွေ ပြင်ခဲ့ဖူးတယ်", {"motorbike_repair"}),
        ("ကလေးထိန်းချင်တယ်", {"childcare"}),
        (
            "ကားမောင်းလိုင်စင်ရှိတယ်၊ ပစ္စည်းပို့တဲ့အလုပ် လုပ်ချင်တယ်",
            {"driving", "delivery", "transport_delivery"},
        ),
        ("ဝက်နဲ့ ကြက်မွေးချင်တယ်", {"livestock"}),
        ("ကော်ဖီဖျော်တာ သင်ချင်တယ်", {"coffee", "barista"}),
        ("အင်္ဂလိပ်စကားပြော သင်ချင်တယ်", {"english_conversation"}),
        ("လက်သည်းအလှပြင်ဆိုင်မှာ လုပ်ဖူးတယ်", {"nail_care", "beauty_wellness"}),
        ("ကွန်ပျူတာသုံးတတ်တယ်၊ ရုံးအလုပ် လုပ်ချင်တယ်", {"computers", "office_admin"}),
        ("ဟိုတယ်မှာ အခန်းသန့်ရှင်းရေး လုပ်ချင်တယ်", {"housekeeping", "hospitality"}),
    ],
    "zh": [
        ("我喜欢化妆和做头发", {"beauty_wellness", "hairdressing"}),
        ("我会修摩托车，以前在老家帮邻居修", {"motorbike_repair"}),
        ("我想当保姆，照顾小宝宝", {"childcare"}),
        ("我有驾照，想做送货司机", {"driving", "delivery", "transport_delivery"}),
        ("我想养猪养鸡", {"livestock"}),
        ("我想学做咖啡", {"coffee", "barista"}),
        ("我想学英语口语", {"english_conversation"}),
        ("我以前在美甲店工作过", {"nail_care", "beauty_wellness"}),
        ("我会用电脑，想做文员", {"computers", "office_admin"}),
        ("我想在酒店做客房清洁", {"housekeeping", "hospitality"}),
    ],
}

#: The fifth set, held out until the sixth was written (seen in session 14: dislikes said
#: topic first, Cantonese 整車, an elder named before the care).
SEEN_FIFTH: Phrases = {
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

#: The fourth held-out set, held out until the fifth was written (see the module's docstring).
SEEN_FOURTH: Phrases = {
    "en": [
        (
            "Honestly I'd rather be outdoors than stuck in a factory, I grew up feeding the "
            "pigs and chickens on our farm",
            {"livestock", "agriculture"},
        ),
        (
            "I want to learn to use a computer properly, typing, spreadsheets, all of that",
            {"basic_computer", "data_entry"},
        ),
        (
            "Maybe something in a care home, I'm good with old people",
            {"elder_care", "health_care_support"},
        ),
        (
            "I like working with wood, I built the shelves and a table at my aunt's place",
            {"carpentry", "construction"},
        ),
        (
            "I used to answer customers' messages for an online shop and sort out their problems",
            {"customer_service"},
        ),
        ("I packed orders in a big warehouse for a while", {"packing", "logistics_warehouse"}),
        ("I'd love to teach little kids to read", {"teaching", "education"}),
        (
            "Cooking's not my thing but I like serving, taking orders and bringing food out to "
            "the tables",
            {"table_service", "food_service"},
        ),
        (
            "I'd like to do a first aid course, I'm the calm one when someone gets hurt",
            {"first_aid", "health_care_support"},
        ),
        (
            "Taking photos and editing videos on my phone, that's what I do for fun",
            {"photography", "creative_media"},
        ),
    ],
    "th": [
        (
            "เคยทำงานโรงงานเย็บผ้า นั่งจักรอุตสาหกรรมทั้งวัน",
            {"sewing_machine_operation", "sewing", "garment_manufacturing"},
        ),
        (
            "อยากเรียนภาษาอังกฤษค่ะ จะได้คุยกับลูกค้าต่างชาติรู้เรื่อง",
            {"english_conversation"},
        ),
        (
            "ไม่ค่อยชอบงานในครัว แต่ชอบยืนคิดเงินหน้าร้าน ทอนเงินให้ลูกค้า",
            {"cashier", "retail_sales"},
        ),
        (
            "ที่บ้านเลี้ยงปลานิลในบ่อ หนูช่วยพ่อให้อาหารปลาทุกเช้า",
            {"fish_farming", "fishing_aquaculture"},
        ),
        ("อยากเป็นช่างซ่อมรถยนต์ครับ", {"car_repair", "automotive_repair"}),
        ("ชอบไลฟ์ขายเสื้อผ้าในเฟซบุ๊ก ขายดีด้วยนะ", {"online_selling", "retail_sales"}),
        (
            "อยากทำงานรีสอร์ตที่ภูเก็ต งานอะไรก็ได้ที่ได้เจอนักท่องเที่ยว",
            {"hospitality", "tourism"},
        ),
        ("เคยรับจ้างซักผ้ารีดผ้าอยู่ร้านแถวบ้าน", {"laundry_ironing"}),
        (
            "อยากเรียนออกแบบโลโก้ ทำโปสเตอร์ในคอม",
            {"graphic_design", "creative_media"},
        ),
        (
            "เคยเป็นผู้ช่วยที่คลินิก วัดความดัน ทำแผลให้คนไข้",
            {"health_care_support", "first_aid"},
        ),
    ],
    "vi": [
        (
            "Em từng làm phụ bếp, rửa rau thái thịt cho quán cơm",
            {"cooking", "food_service"},
        ),
        ("Em muốn học lái ô tô để thi lấy bằng", {"driving_licence", "driving"}),
        (
            "Rảnh là em ngồi đan giỏ, móc len, làm đồ thủ công",
            {"handicrafts", "weaving"},
        ),
        (
            "Trước em làm công nhân may, chuyên cắt vải theo rập",
            {"pattern_cutting", "garment_manufacturing"},
        ),
        (
            "Em không thích ngồi văn phòng đâu, em thích trồng hoa, làm vườn",
            {"gardening", "agriculture"},
        ),
        (
            "Em mê máy tính, hay cài lại Win với sửa mạng cho người quen",
            {"it_support", "basic_computer"},
        ),
        (
            "Em từng làm ở tiệm gội đầu dưỡng sinh, gội đầu với massage mặt cho khách",
            {"hairdressing", "massage", "beauty_wellness"},
        ),
        (
            "Em muốn học kế toán, biết ghi sổ thu chi cho đàng hoàng",
            {"accounting_basics", "financial_literacy"},
        ),
        ("Em từng chạy giao đồ ăn bằng xe máy", {"delivery", "transport_delivery"}),
        (
            "Em muốn làm hướng dẫn viên du lịch, dẫn khách Tây đi chơi",
            {"tour_guiding", "tourism"},
        ),
    ],
    "tl": [
        (
            "Nag-waitress ako sa karinderya dati, ako ang kumukuha ng order at naglilinis ng mesa",
            {"table_service", "food_service"},
        ),
        (
            "Gusto kong matutong mag-drive para maging delivery driver",
            {"driving", "delivery", "transport_delivery"},
        ),
        (
            "Ayoko sa opisina, mas gusto ko sa bukid, nagtatanim kami ng palay sa probinsya",
            {"agriculture"},
        ),
        (
            "Sumasama ako kay tatay mangisda sa dagat tuwing umaga",
            {"fishing", "fishing_aquaculture"},
        ),
        (
            "Gusto kong magtrabaho sa call center, sanay naman akong makipag-usap sa tao",
            {"call_centre", "customer_service"},
        ),
        (
            "Mabilis akong mag-type, nag-encode ako dati sa isang maliit na opisina",
            {"data_entry", "office_admin", "basic_computer"},
        ),
        ("Gusto kong matutong mag-hilot, pang-spa", {"massage", "beauty_wellness"}),
        ("Tumutulong ako sa tito ko sa welding shop niya", {"welding"}),
        (
            "Naging room attendant ako sa isang resort sa Boracay, ako ang nag-aayos ng kama at "
            "kwarto",
            {"housekeeping", "hospitality"},
        ),
        (
            "Gusto kong magkaroon ng sariling sari-sari store balang araw",
            {"own_business", "retail_sales"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំធ្លាប់ធ្វើការនៅរោងចក្រកាត់ដេរ ខាងត្រួតពិនិត្យគុណភាពខោអាវ",
            {"quality_control", "garment_manufacturing"},
        ),
        ("ខ្ញុំចង់រៀនកុំព្យូទ័រ ឲ្យចេះវាយអក្សរ និងផ្ញើអ៊ីមែល", {"basic_computer"}),
        (
            "នៅស្រុកកំណើត ខ្ញុំជួយឪពុកម្ដាយចិញ្ចឹមជ្រូក និងមាន់",
            {"livestock", "agriculture"},
        ),
        (
            "ខ្ញុំមិនសូវចូលចិត្តធ្វើស្រែទេ ចូលចិត្តលក់ឥវ៉ាន់នៅក្នុងហាងជាង",
            {"retail_sales", "selling"},
        ),
        ("ខ្ញុំចង់ធ្វើការនៅស្ប៉ា ម៉ាស្សាជើងឲ្យភ្ញៀវ", {"massage", "beauty_wellness"}),
        ("ខ្ញុំចង់ធ្វើការនៅសណ្ឋាគារ ខាងទទួលភ្ញៀវ", {"front_desk", "hospitality"}),
        (
            "ខ្ញុំចេះតខ្សែភ្លើង និងដំឡើងអំពូលក្នុងផ្ទះ",
            {"electrical_work", "construction"},
        ),
        (
            "ខ្ញុំចង់រៀនភាសាអង់គ្លេស ដើម្បីនិយាយជាមួយភ្ញៀវទេសចរ",
            {"english_conversation", "tourism"},
        ),
        ("ខ្ញុំចូលចិត្តត្បាញក្រមា ដូចយាយរបស់ខ្ញុំ", {"weaving", "handicrafts"}),
        (
            "ខ្ញុំធ្លាប់រៀបចំ និងវេចខ្ចប់ទំនិញនៅក្នុងឃ្លាំង",
            {"packing", "logistics_warehouse"},
        ),
    ],
    "my": [
        ("ထမင်းဆိုင်မှာ မီးဖိုချောင်ထဲ ကူလုပ်ခဲ့ဖူးတယ်", {"cooking", "food_service"}),
        (
            "ရုံးအလုပ် လုပ်ချင်တယ်၊ ဖိုင်တွေစီတာ၊ ကွန်ပျူတာထဲ စာရင်းသွင်းတာမျိုး",
            {"office_admin", "data_entry"},
        ),
        (
            "စက်ရုံထဲမှာ မနေချင်ဘူး၊ ခြံထဲမှာ ဟင်းသီးဟင်းရွက် စိုက်ရတာ ပိုပျော်တယ်",
            {"vegetable_growing", "agriculture"},
        ),
        ("မျက်နှာအလှပြင်တာ သင်ချင်တယ်", {"beauty_wellness"}),
        (
            "ကားစက်ပြင်ဆရာ ဖြစ်ချင်တယ်၊ အင်ဂျင်ပြင်တာ စိတ်ဝင်စားတယ်",
            {"engine_maintenance", "car_repair", "automotive_repair"},
        ),
        (
            "ထိုင်းလိုရော မြန်မာလိုရော ပြောတတ်တော့ စကားပြန် လုပ်ချင်တယ်",
            {"languages_translation"},
        ),
        ("ဟိုတယ်မှာ အခန်းသန့်ရှင်းရေး လုပ်ခဲ့ဖူးတယ်", {"housekeeping", "hospitality"}),
        ("ဆိုင်ကယ်နဲ့ ပစ္စည်းပို့တဲ့အလုပ် လုပ်ချင်တယ်", {"delivery", "transport_delivery"}),
        (
            "အမေ့ဆီက အပ်ချုပ်တာ သင်ခဲ့တယ်၊ အင်္ကျီကို ကိုယ်တိုင် အတိုင်းယူပြီး ချုပ်တတ်တယ်",
            {"tailoring", "sewing"},
        ),
        ("ကုန်စုံဆိုင်မှာ ငွေကိုင် လုပ်ခဲ့ဖူးတယ်", {"cashier", "retail_sales"}),
    ],
    "zh": [
        ("我以前在电子厂的流水线上装手机零件", {"assembly", "manufacturing"}),
        ("我想学电脑，以后想做文员", {"basic_computer", "office_admin"}),
        (
            "我不喜欢在工厂上班，更喜欢回乡下种菜养鸡",
            {"vegetable_growing", "livestock", "agriculture"},
        ),
        (
            "我会开车，想考个驾照去送快递",
            {"driving_licence", "delivery", "transport_delivery"},
        ),
        ("我在老家帮人刷过墙、刷过油漆", {"house_painting", "construction"}),
        ("我以前喺茶餐廳做樓面，幫客落單、執枱", {"table_service", "food_service"}),
        ("我想學度身裁衫，自己整一套衫出嚟", {"tailoring", "pattern_cutting"}),
        ("我好識湊細路，屋企啲細佬妹都係我湊大嘅", {"childcare"}),
        ("我唔鍾意成日坐喺度，想學做電工，周圍去整嘢", {"electrical_work", "construction"}),
        (
            "我喺網上賣過自己整嘅耳環同手鏈",
            {"jewellery_making", "online_selling", "handicrafts"},
        ),
    ],
}

#: The third held-out set, held out until the fourth was written (see the module's docstring).
SEEN_THIRD: Phrases = {
    "en": [
        ("I helped my aunt sell noodles from her cart on weekends", {"market_trading", "selling"}),
        ("I'd love to fix motorbikes for a living", {"motorbike_repair", "automotive_repair"}),
        ("I do people's makeup for weddings", {"makeup", "beauty_wellness"}),
    ],
    "th": [
        ("เคยเป็นแม่ค้าขายผลไม้ข้างทาง", {"market_trading", "selling"}),
        ("อยากเรียนซ่อมมอเตอร์ไซค์", {"motorbike_repair", "automotive_repair"}),
        ("ชอบแต่งหน้าให้เพื่อนไปงาน", {"makeup", "beauty_wellness"}),
    ],
    "vi": [
        ("Tôi từng bán rau ngoài chợ với mẹ", {"market_trading", "selling"}),
        ("Tôi muốn học sửa xe máy", {"motorbike_repair", "automotive_repair"}),
        ("Tôi hay trang điểm cho cô dâu", {"makeup", "beauty_wellness"}),
    ],
    "tl": [
        ("Nagbebenta ako ng isda sa palengke noon", {"market_trading", "selling"}),
        ("Marunong akong mag-ayos ng motor", {"motorbike_repair", "automotive_repair"}),
        ("Nag-aalaga ako ng mga bata ng kapitbahay", {"childcare"}),
        ("Mahilig akong mag-makeup sa mga kaibigan ko", {"makeup", "beauty_wellness"}),
    ],
    "km": [
        ("ម្ដាយខ្ញុំលក់បន្លែនៅផ្សារ ខ្ញុំជួយគាត់", {"market_trading", "selling"}),
        ("ខ្ញុំចង់រៀនជួសជុលម៉ូតូ", {"motorbike_repair", "automotive_repair"}),
        ("ខ្ញុំចូលចិត្តផាត់មុខឲ្យមិត្តភក្តិ", {"makeup", "beauty_wellness"}),
    ],
    "my": [
        ("အမေနဲ့ ဈေးမှာ ဟင်းသီးဟင်းရွက် ရောင်းခဲ့တယ်", {"market_trading", "selling"}),
        ("ဆိုင်ကယ်ပြင်တာ သင်ချင်တယ်", {"motorbike_repair", "automotive_repair"}),
        ("သူငယ်ချင်းတွေကို မိတ်ကပ်လိမ်းပေးရတာ ကြိုက်တယ်", {"makeup", "beauty_wellness"}),
    ],
    "zh": [
        ("以前同阿媽喺街市賣菜", {"market_trading", "selling"}),
        ("我想學整電單車", {"motorbike_repair", "automotive_repair"}),
        ("我鍾意幫朋友化妝", {"makeup", "beauty_wellness"}),
    ],
}

#: The second held-out set, held out until the third was written (see the module's docstring).
SEEN_SECOND: Phrases = {
    "en": [
        (
            "I used to scrub floors and wash dishes for a family in the city",
            {"housework", "cleaning_services"},
        ),
        (
            "My uncle taught me to lay bricks and mix cement",
            {"bricklaying", "house_building", "construction"},
        ),
        ("I'd like to sell clothes at a stall in the market", {"market_trading", "selling"}),
        ("I'm the one friends call when their phone screen breaks", {"phone_repair"}),
    ],
    "th": [
        ("เคยทำความสะอาดบ้านให้คนอื่น ล้างจานถูพื้น", {"housework", "cleaning_services"}),
        ("อยากขายของที่ตลาดนัด", {"market_trading", "selling"}),
        ("ชอบนวดให้แม่ นวดแผนไทยเป็น", {"massage"}),
        ("อยากทำงานร้านกาแฟ ชงกาแฟ", {"coffee", "barista"}),
    ],
    "vi": [
        ("Tôi từng dọn nhà, giặt giũ cho một gia đình", {"housework", "cleaning_services"}),
        ("Tôi muốn bán hàng ở chợ", {"market_trading", "selling"}),
        ("Tôi thích pha cà phê", {"coffee", "barista"}),
        ("Tôi biết làm móng tay", {"nail_care"}),
    ],
    "tl": [
        ("Nagtitinda ako ng gulay sa palengke dati", {"market_trading", "selling"}),
        ("Gusto kong maging karpintero", {"carpentry", "construction"}),
        ("Gusto kong matutong gumawa ng tinapay at cake", {"baking"}),
        ("Naglalaba at namamalantsa ako para sa kapitbahay", {"laundry_ironing", "housework"}),
    ],
    "km": [
        ("ខ្ញុំចង់លក់ដូរនៅផ្សារ", {"market_trading", "selling"}),
        ("ខ្ញុំចេះធ្វើនំ", {"baking"}),
        ("ខ្ញុំធ្លាប់សម្អាតផ្ទះឲ្យគេ", {"housework", "cleaning_services"}),
        ("ខ្ញុំចង់ធ្វើការនៅហាងកាហ្វេ", {"coffee", "barista"}),
    ],
    "my": [
        ("ဈေးမှာ အရောင်းအဝယ် လုပ်ချင်တယ်", {"market_trading", "selling"}),
        ("မုန့်ဖုတ်တာ ဝါသနာပါတယ်", {"baking"}),
        ("အိမ်အကူအလုပ် လုပ်ခဲ့ဖူးတယ်", {"housework", "domestic_care_work"}),
        ("လက်သည်းအလှပြင်တာ တတ်တယ်", {"nail_care"}),
    ],
    "zh": [
        ("我想在菜市场摆摊卖东西", {"market_trading", "selling"}),
        ("我会做面包和蛋糕", {"baking"}),
        ("以前帮别人打扫房子、洗衣服", {"housework", "cleaning_services"}),
        ("我想学做美甲", {"nail_care"}),
    ],
}

#: The first held-out set, held out until the second was written (see the module's docstring).
SEEN_FIRST: Phrases = {
    "en": [
        ("Kids love me, I always end up minding the neighbours' little ones", {"childcare"}),
        ("I'm good with a needle and thread, I mend everyone's clothes", {"sewing"}),
        ("Back home I looked after my grandmother until she passed", {"elder_care"}),
        ("I'd be happy driving a van around town all day", {"driving", "delivery"}),
        ("I keep a small plot where I grow chillies and greens", {"agriculture"}),
        ("I want a job making cakes and bread", {"baking"}),
    ],
    "th": [
        ("ชอบดูแลเด็กเล็กๆ ที่บ้านเลี้ยงน้องมาตลอด", {"childcare"}),
        ("เคยช่วยแม่ตัดเย็บชุดขายที่บ้าน", {"sewing"}),
        ("อยากทำงานขับรถส่งของ", {"driving", "delivery"}),
        ("ชอบทำอาหาร ทำกับข้าวอร่อย", {"cooking"}),
        ("ชอบทำผม ตัดผมให้เพื่อนบ่อยๆ", {"hairdressing"}),
        ("ที่บ้านทำไร่ปลูกผักขาย", {"agriculture"}),
    ],
    "vi": [
        ("Tôi thương trẻ con, hay trông mấy đứa nhỏ hàng xóm", {"childcare"}),
        ("Tôi từng làm thợ may ở xưởng", {"sewing"}),
        ("Ở quê tôi chăm bà nội nhiều năm", {"elder_care"}),
        ("Tôi muốn làm bếp trong nhà hàng", {"cooking"}),
        ("Tôi hay sửa xe máy cho bạn bè", {"motorbike_repair"}),
        ("Tôi muốn làm nghề cắt tóc", {"hairdressing"}),
    ],
    "tl": [
        ("Mahilig akong mag-alaga ng mga bata sa amin", {"childcare"}),
        ("Marunong akong manahi ng damit", {"sewing"}),
        ("Gusto kong maging drayber", {"driving"}),
        ("Masarap daw akong magluto sabi ng pamilya ko", {"cooking"}),
        ("Naglilinis ako ng bahay ng iba dati", {"housework", "cleaning_services"}),
        ("Gusto kong mag-alaga ng matatanda", {"elder_care"}),
    ],
    "km": [
        ("ខ្ញុំស្រលាញ់ក្មេងៗ ហើយចូលចិត្តមើលថែពួកគេ", {"childcare"}),
        ("ខ្ញុំធ្លាប់ដេរសម្លៀកបំពាក់នៅរោងចក្រ", {"sewing"}),
        ("ខ្ញុំចង់បើកបរឡានដឹកទំនិញ", {"driving", "delivery"}),
        ("ខ្ញុំពូកែធ្វើម្ហូបខ្មែរ", {"cooking"}),
        ("ខ្ញុំចង់ជួសជុលម៉ូតូ", {"motorbike_repair"}),
        ("ខ្ញុំដាំបន្លែនៅផ្ទះ", {"agriculture"}),
    ],
    "my": [
        ("ကလေးတွေကို ထိန်းရတာ သဘောကျတယ်", {"childcare"}),
        ("အထည်ချုပ်စက်ရုံမှာ အပ်ချုပ်ခဲ့ဖူးတယ်", {"sewing"}),
        ("ကားမောင်းတဲ့အလုပ် လုပ်ချင်တယ်", {"driving"}),
        ("ဟင်းချက်တာ ဝါသနာပါတယ်", {"cooking"}),
        ("ဆံပင်ညှပ်တာ ကျွမ်းတယ်", {"hairdressing"}),
        ("အဘွားကို ပြုစုခဲ့ဖူးတယ်", {"elder_care"}),
    ],
    "zh": [
        ("我很喜欢小孩，想找照顾孩子的工作", {"childcare"}),
        ("我在家经常帮别人改衣服、做衣服", {"sewing"}),
        ("我想当司机，开车送货", {"driving", "delivery"}),
        ("我很会做菜，家里都是我下厨", {"cooking"}),
        ("我以前照顾过生病的老人", {"elder_care"}),
        ("我想在理发店工作，给人剪头发", {"hairdressing"}),
    ],
}


#: language -> (phrase, the concepts it wishes for, the concepts it refuses). Each says what
#: the survivor wants and, next to it, what they do not want any more. Written in session 16
#: after the rule that ranks what is refused lower (``scoring.DISLIKE_PENALTY``) and before
#: it was first run; not used to change anything since. A result is right when it is about
#: the wish (as above) and its text mentions nothing refused (a concept in the subtree of
#: one refused); "refused shown" counts the results whose text does.
DISLIKES: dict[str, list[tuple[str, set[str], set[str]]]] = {
    "en": [
        (
            "I don't want to go back to a factory. I'd like to sew clothes for people, "
            "maybe in a small shop.",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        (
            "I'm good with customers but I never want to sell things again",
            {"customer_service"},
            {"retail_sales"},
        ),
    ],
    "th": [
        (
            "ไม่อยากกลับไปทำงานโรงงานแล้วค่ะ อยากเย็บผ้าตัดชุดให้ลูกค้า",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        ("เบื่องานขายแล้ว อยากดูแลลูกค้ามากกว่า", {"customer_service"}, {"retail_sales"}),
    ],
    "vi": [
        (
            "Tôi không muốn làm ở nhà máy nữa, tôi muốn làm nghề may",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        ("Em thích nấu ăn nhưng không muốn làm ở khách sạn", {"cooking"}, {"hospitality"}),
    ],
    "tl": [
        (
            "Ayoko na sa pabrika. Gusto kong manahi ng damit.",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        ("Gusto kong magluto pero ayoko sa hotel.", {"cooking"}, {"hospitality"}),
    ],
    "km": [
        (
            "ខ្ញុំមិនចង់ធ្វើការនៅរោងចក្រទៀតទេ ខ្ញុំចង់ដេរសម្លៀកបំពាក់",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        (
            "ខ្ញុំចូលចិត្តធ្វើម្ហូប ប៉ុន្តែមិនចង់ធ្វើការនៅសណ្ឋាគារទេ",
            {"cooking"},
            {"hospitality"},
        ),
    ],
    "my": [
        (
            "စက်ရုံမှာ ထပ်မလုပ်ချင်တော့ဘူး၊ အပ်ချုပ်ဆိုင်မှာ အဝတ်ချုပ်ချင်တယ်",
            {"sewing", "tailoring"},
            {"manufacturing"},
        ),
        (
            "ဟိုတယ်မှာ မလုပ်ချင်ဘူး၊ ဟင်းချက်တာကို ဝါသနာပါတယ်",
            {"cooking"},
            {"hospitality"},
        ),
    ],
    "zh": [
        ("我不想再去工厂上班了，想学做衣服", {"sewing", "tailoring"}, {"manufacturing"}),
        ("我喜欢做饭，但是不想在酒店工作", {"cooking"}, {"hospitality"}),
    ],
}


def opportunities(count: int, seed: int) -> list[Opportunity]:
    vocabulary = load_vocabulary()
    population = generate_population(survivors=10, opportunities=count, seed=seed)
    found = []
    for i, synthetic in enumerate(population.opportunities):
        details = dataclasses.replace(
            details_from_proto(synthetic.opportunity), location=HERE, remote=False, languages=()
        )
        text = f"{details.title}\n{details.description}"
        found.append(
            Opportunity(
                opportunity_id=f"opp_{i:06d}",
                organisation_id=synthetic.organisation_id,
                details=dataclasses.replace(details, minimum_age=18, hazardous=False),
                detected_sectors=vocabulary.sectors_in(text),
                concepts=vocabulary.concepts_in(text),
                version=1,
            )
        )
    return found


def survivor_saying(phrase: str, vocabulary: Vocabulary) -> Survivor:
    """A ready, consenting survivor whose words are `phrase`, registered as the matching
    service registers one: with the conditions the words refuse (``with_refusals_said``)."""
    profile = SurvivorProfile(
        languages=tuple(
            LanguageSkill(code, LanguageLevel.NATIVE)
            for code in ("en", "th", "vi", "tl", "km", "my", "zh")
        ),
        age_band="25-34",
        minor=False,
        residence=HERE,
        travel_radius_km=20,
        interests=phrase,
    )
    survivor = Survivor.register(
        survivor_id="srv_lang",
        organisation_id="org_eval",
        alias="P-LANG",
        profile=with_refusals_said(vocabulary, profile),
    )
    survivor.assess_readiness(
        stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="eval"
    )
    survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="eval")
    return survivor


def topics(opportunity: Opportunity) -> frozenset[str]:
    details = opportunity.details
    return opportunity.topics | details.skills_required | details.skills_taught


#: The earlier sets, newest first: each was held out until the next was written.
SEEN: tuple[tuple[str, Phrases], ...] = (
    ("thirty-sixth", SEEN_THIRTY_SIXTH),
    ("thirty-fifth", SEEN_THIRTY_FIFTH),
    ("thirty-fourth", SEEN_THIRTY_FOURTH),
    ("thirty-third", SEEN_THIRTY_THIRD),
    ("thirty-second", SEEN_THIRTY_SECOND),
    ("thirty-first", SEEN_THIRTY_FIRST),
    ("thirtieth", SEEN_THIRTIETH),
    ("twenty-ninth", SEEN_TWENTY_NINTH),
    ("twenty-eighth", SEEN_TWENTY_EIGHTH),
    ("twenty-seventh", SEEN_TWENTY_SEVENTH),
    ("twenty-sixth", SEEN_TWENTY_SIXTH),
    ("twenty-fifth", SEEN_TWENTY_FIFTH),
    ("twenty-fourth", SEEN_TWENTY_FOURTH),
    ("twenty-third", SEEN_TWENTY_THIRD),
    ("twenty-second", SEEN_TWENTY_SECOND),
    ("twenty-first", SEEN_TWENTY_FIRST),
    ("twentieth", SEEN_TWENTIETH),
    ("nineteenth", SEEN_NINETEENTH),
    ("eighteenth", SEEN_EIGHTEENTH),
    ("seventeenth", SEEN_SEVENTEENTH),
    ("sixteenth", SEEN_SIXTEENTH),
    ("fifteenth", SEEN_FIFTEENTH),
    ("fourteenth", SEEN_FOURTEENTH),
    ("thirteenth", SEEN_THIRTEENTH),
    ("twelfth", SEEN_TWELFTH),
    ("eleventh", SEEN_ELEVENTH),
    ("tenth", SEEN_TENTH),
    ("ninth", SEEN_NINTH),
    ("eighth", SEEN_EIGHTH),
    ("seventh", SEEN_SEVENTH),
    ("sixth", SEEN_SIXTH),
    ("fifth", SEEN_FIFTH),
    ("fourth", SEEN_FOURTH),
    ("third", SEEN_THIRD),
    ("second", SEEN_SECOND),
    ("first", SEEN_FIRST),
)


def evaluate(count: int, seed: int) -> dict[str, Any]:
    vocabulary = load_vocabulary()
    index = OpportunityIndex(concepts=vocabulary, weights=ScoreWeights())
    pool = opportunities(count, seed)
    index.upsert_many(pool)
    # What some opportunity of the pool is about: a phrase about nothing in it cannot be
    # answered right, whatever is read in it (a language cannot be judged on it).
    offered = frozenset().union(*(topics(o) for o in pool))
    precision = functools.partial(_precision_in, offered=offered)
    return {
        "opportunities": count,
        "seed": seed,
        "held_out": precision(index, vocabulary, HELD_OUT),
        **{f"seen_{name}": precision(index, vocabulary, phrases) for name, phrases in SEEN},
        "dislikes": _dislikes(index, vocabulary, DISLIKES),
        # The same, as ranked before what is refused ranked lower (session 16): the effect.
        "dislikes_without_penalty": _without_penalty(
            lambda: _dislikes(index, vocabulary, DISLIKES)
        ),
    }


def _without_penalty(run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``run`` with ``DISLIKE_PENALTY`` at 0 where the scores read it (the reference and the
    vectorised rule), as the ranking was before the rule; restored afterwards."""
    name = "DISLIKE_PENALTY"  # the index's module holds its own binding of the constant
    modules = [domain_scoring, index_scoring]
    saved = [getattr(module, name) for module in modules]
    for module in modules:
        setattr(module, name, 0.0)
    try:
        return run()
    finally:
        for module, value in zip(modules, saved, strict=True):
            setattr(module, name, value)


def _dislikes(
    index: OpportunityIndex,
    vocabulary: Vocabulary,
    phrases_of: dict[str, list[tuple[str, set[str], set[str]]]],
) -> dict[str, Any]:
    per_language: dict[str, Any] = {}
    for language, phrases in phrases_of.items():
        rows: list[dict[str, Any]] = []
        for phrase, about, refused in phrases:
            wanted, unwanted = vocabulary.subtrees(about), vocabulary.subtrees(refused)
            found = index.matches(survivor_saying(phrase, vocabulary), k=K)
            shown = sum(1 for m in found if (m.opportunity.concepts or frozenset()) & unwanted)
            right = sum(
                1
                for m in found
                if topics(m.opportunity) & wanted
                and not (m.opportunity.concepts or frozenset()) & unwanted
            )
            rows.append(
                {
                    "phrase": phrase,
                    "returned": len(found),
                    "right": right,
                    "refused_shown": shown,
                    "precision": right / len(found) if found else 0.0,
                    "titles": [m.opportunity.details.title for m in found],
                }
            )
        per_language[language] = {
            "precision_at_5": round(sum(r["precision"] for r in rows) / len(rows), 3),
            "refused_shown": sum(r["refused_shown"] for r in rows),
            "returned": sum(r["returned"] for r in rows),
            "phrases": rows,
        }
    return per_language


def _precision_in(
    index: OpportunityIndex,
    vocabulary: Vocabulary,
    phrases_of: Phrases,
    *,
    offered: frozenset[str],
) -> dict[str, Any]:
    """Precision@5 per language over the phrases some opportunity of the pool is about
    (``offered``: every topic of the pool); the others are counted apart."""
    per_language: dict[str, Any] = {}
    for language, phrases in phrases_of.items():
        rows: list[dict[str, Any]] = []
        for phrase, about in phrases:
            wanted = vocabulary.subtrees(about)
            if not wanted & offered:
                rows.append({"phrase": phrase, "unanswerable": True})
                continue
            report = MatchReport()
            survivor = survivor_saying(phrase, vocabulary)
            found = index.matches(survivor, k=K, report=report)
            right = sum(1 for m in found if topics(m.opportunity) & wanted)
            strictly = vocabulary.subtrees(narrowest(vocabulary, about))
            strictly_right = sum(1 for m in found if topics(m.opportunity) & strictly)
            # Nothing in the pool about what it names most precisely (rice farming, where
            # only livestock is offered): it cannot be strictly right, whatever is read.
            strictly_answerable = bool(strictly & offered)
            rows.append(
                {
                    "phrase": phrase,
                    # What the survivor is matched on: their words as the index reads them.
                    "mapped": sorted(reading_of(survivor, vocabulary).named),
                    "returned": len(found),
                    "right": right,
                    "precision": right / len(found) if found else 0.0,
                    "strict_precision": strictly_right / len(found) if found else 0.0,
                    "strictly_answerable": strictly_answerable,
                    "titles": [m.opportunity.details.title for m in found],
                }
            )
        judged = [r for r in rows if not r.get("unanswerable")]
        answerable = [r for r in judged if r["strictly_answerable"]]
        per_language[language] = {
            "precision_at_5": round(sum(r["precision"] for r in judged) / len(judged), 3),
            "strict_precision_at_5": round(
                sum(r["strict_precision"] for r in answerable) / len(answerable), 3
            ),
            "unanswerable": len(rows) - len(judged),
            "strictly_unanswerable": len(judged) - len(answerable),
            "phrases": rows,
        }
    return per_language


def narrowest(vocabulary: Vocabulary, about: set[str]) -> frozenset[str]:
    """The concepts of ``about`` no other of them lies within: what the phrase names most
    precisely ({"makeup", "beauty_wellness"} -> {"makeup"}), for the strict precision."""
    return frozenset(
        concept
        for concept in about
        if not any(other != concept and other in vocabulary.subtrees([concept]) for other in about)
    )


def markdown(result: dict[str, Any]) -> Iterable[str]:
    yield "## Everyday language (`python bench/eval_languages.py`)"
    yield ""
    yield (
        f"{_count(HELD_OUT)} held-out everyday phrases never used to write terms or choose a "
        "change; "
        + ", ".join(f"{_count(phrases)}" for _, phrases in SEEN[:-1])
        + f" and {_count(SEEN[-1][1])} phrases of the "
        + ", ".join(name for name, _ in SEEN[:-1])
        + f" and {SEEN[-1][0]} sets, each held out until the next set was written, "
        "whose misses then led to changes "
        f"(still reported, no longer unseen); {result['opportunities']:,} demo opportunities (seed "
        f"{result['seed']}) in one place. Precision@5, and in brackets the phrases with "
        "nothing right; after a plus sign, phrases about nothing the pool offers (no "
        "opportunity about one of their concepts), left out of the precision."
    )
    yield ""
    yield ("| language | held out | " + " | ".join(f"seen ({name} set)" for name, _ in SEEN) + " |")
    yield "|---|" + "---:|" * (1 + len(SEEN))
    for language, held_out in result["held_out"].items():
        cells = [
            f"{figures['precision_at_5']:.2f} ({_misses(figures)})"
            + (f" +{figures['unanswerable']}" if figures["unanswerable"] else "")
            for figures in (
                held_out,
                *(result[f"seen_{name}"][language] for name, _ in SEEN),
            )
        ]
        yield f"| {language} | " + " | ".join(cells) + " |"
    yield ""
    sets = ("held_out", *(name for name in result if name.startswith("seen_")))
    yield (
        "Strict precision@5 (since session 24): right only when about what the phrase names "
        "most precisely, its concepts no other of its concepts lies within (make-up, not "
        "any beauty work, for a phrase about make-up and beauty), on the held-out set and "
        f"on all {len(sets)} sets together. A phrase is left out of it when the pool offers "
        "nothing about what it names most precisely (rice farming, where only livestock is "
        "offered; since session 25)."
    )
    yield ""
    yield "| language | held out, strict | all sets, strict | all sets, as above |"
    yield "|---|---:|---:|---:|"
    for language in result["held_out"]:

        def pooled(measure: str, language: str = language) -> float:
            rows = [
                row
                for name in sets
                for row in result[name][language]["phrases"]
                if not row.get("unanswerable")
                and (measure != "strict_precision" or row["strictly_answerable"])
            ]
            return float(sum(row[measure] for row in rows)) / len(rows)

        yield (
            f"| {language} | {result['held_out'][language]['strict_precision_at_5']:.2f} "
            f"| {pooled('strict_precision'):.2f} | {pooled('precision'):.2f} |"
        )
    yield ""
    yield (
        f"What is refused ranks lower: {sum(len(p) for p in DISLIKES.values())} phrases that "
        "say what the survivor wants and what they no longer want (``DISLIKES``); right = "
        "about the wish and not mentioning what is refused. Beside it, the same ranked "
        "without the penalty (as before session 16)."
    )
    yield ""
    yield (
        "| language | precision@5 | refused shown in the top 5 | precision@5 without the "
        "penalty | refused shown without it |"
    )
    yield "|---|---:|---:|---:|---:|"
    for language, figures in result["dislikes"].items():
        before = result["dislikes_without_penalty"][language]
        yield (
            f"| {language} | {figures['precision_at_5']:.2f} | {figures['refused_shown']} of "
            f"{figures['returned']} | {before['precision_at_5']:.2f} | "
            f"{before['refused_shown']} of {before['returned']} |"
        )


def _count(phrases: Phrases) -> int:
    return sum(len(p) for p in phrases.values())


def _misses(figures: dict[str, Any]) -> int:
    return sum(1 for row in figures["phrases"] if row.get("right") == 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=1_500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--details", action="store_true", help="print every phrase's result")
    args = parser.parse_args()
    result = evaluate(args.opportunities, args.seed)
    if args.details:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    lines = list(markdown(result))
    print("\n".join(lines))
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
