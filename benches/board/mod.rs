//! A generated board of N items for the preview benchmark: the shape of a mine-wide board
//! that has run for ten years. Each team (one folder with its own `unit`) posts, per year,
//! 4 quarterly finance reports (balances chained quarter to quarter), 12 monthly attendance
//! lists, 4 welfare lists, one congress notice and 29 Markdown notices: 50 items a year,
//! 500 per team, so 1,000 items are 2 teams and 10,000 are 20.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Items per team per year, in the order they are generated.
const PER_YEAR: usize = 50;
const FIRST_YEAR: i32 = 2016;
const YEARS: usize = 10;

const NAMES: &[&str] = &[
    "张德营",
    "李秀兰",
    "王建军",
    "陈卫东",
    "刘志强",
    "赵玉梅",
    "孙立",
    "周海涛",
    "郑国庆",
    "杨帆",
    "黄振华",
    "何建平",
    "欧阳明华",
    "吴桂芳",
    "马骁",
    "林海",
    "高峰",
    "罗静",
];

const SITE_YAML: &str = "title: 某某煤矿 矿务公开栏\nunit: 某某煤矿工会\nlanguage: zh-Hans\nbase_url: \"\"\ntheme: default\ndisclosure_days: 7\nsupervision:\n  contact: 矿工会办公室（综合楼203室）\n  phone: \"0537-1234567\"\n  email: jiandu@example.com\nlarge_expense_threshold: \"5000.00\"\nprivacy:\n  mask_names: true\n  show_reasons: false\n  attendance: individual\n  allow: []\nraw_html: false\n";

fn fen(f: i64) -> String {
    format!("\"{}.{:02}\"", f / 100, f % 100)
}

/// Writes `site.yaml` and `n` items under `content/` in `root`. Returns the content paths
/// (relative to the site root) of the notices, the files a clerk edits most.
pub fn generate(root: &Path, n: usize) -> Vec<String> {
    fs::create_dir_all(root.join("content")).unwrap();
    fs::write(root.join("site.yaml"), SITE_YAML).unwrap();
    let mut notices = Vec::new();
    let mut written = 0;
    let mut team = 0;
    while written < n {
        let slug = format!("team{:02}", team + 1);
        let dir = root.join("content").join(&slug);
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("_section.yaml"),
            format!(
                "title: 第{}队\nunit: 某某煤矿第{}队工会\n",
                team + 1,
                team + 1
            ),
        )
        .unwrap();
        let mut balance: i64 = 3_865_240 + team as i64 * 1000;
        'years: for y in 0..YEARS {
            let year = FIRST_YEAR + y as i32;
            let ydir = dir.join(year.to_string());
            fs::create_dir_all(&ydir).unwrap();
            for k in 0..PER_YEAR {
                if written == n {
                    break 'years;
                }
                let (name, text) = match k {
                    0..4 => finance(year, k as u32 + 1, &mut balance),
                    4..16 => attendance(year, k as u32 - 3),
                    16..20 => welfare(year, k - 15),
                    20 => congress(year),
                    _ => notice(year, k - 20, team),
                };
                if name.ends_with(".md") {
                    notices.push(format!("content/{slug}/{year}/{name}"));
                }
                fs::write(ydir.join(name), text).unwrap();
                written += 1;
            }
        }
        team += 1;
    }
    notices
}

fn finance(year: i32, q: u32, balance: &mut i64) -> (String, String) {
    let month = (q - 1) * 3 + 1;
    let (py, pm) = if q == 4 {
        (year + 1, 1)
    } else {
        (year, month + 3)
    };
    let mut t = format!(
        "kind: finance\ntitle: {year}年第{q}季度工会经费收支情况\npublished: {py}-{pm:02}-05\nperiod: {year}-Q{q}\nopening_balance: {}\nincome:\n",
        fen(*balance)
    );
    let incomes = [
        ("会费收入", 312_650),
        ("拨缴经费收入", 1_846_000),
        ("行政补助收入", 1_000_000),
        ("会费收入", 314_000),
        ("其他收入", 8_632),
    ];
    let expenses = [
        ("职工活动支出", 685_000, "某某矿职工餐厅"),
        ("职工活动支出", 128_000, "某某文体用品商店"),
        ("50105", 100_800, "某某蛋糕房"),
        ("50404", 200_000, "帮扶对象2户（名单另行公示）"),
        ("业务支出", 240_000, "某某矿培训中心"),
        ("职工服务支出", 136_500, "某某日用品商店"),
        ("会员活动支出", 52_800, "某某蛋糕房"),
        ("业务支出", 115_000, "某某印务公司"),
        ("送温暖", 960_000, "受助职工10人"),
        ("其他支出", 3_500, "某某银行"),
    ];
    for (i, (cat, amount)) in incomes.iter().enumerate() {
        let m = month + (i as u32 % 3);
        let _ = writeln!(
            t,
            "  - {{date: {year}-{m:02}-{:02}, category: {cat}, amount: {}, note: {m}月{cat}}}",
            8 + i,
            fen(*amount)
        );
        *balance += amount;
    }
    t.push_str("expenses:\n");
    for (i, (cat, amount, payee)) in expenses.iter().enumerate() {
        let m = month + (i as u32 % 3);
        let _ = writeln!(
            t,
            "  - {{date: {year}-{m:02}-{:02}, category: {cat}, amount: {}, payee: {payee}, voucher: 记-{:03}, note: 第{q}季度支出}}",
            10 + i,
            fen(*amount),
            i * 2 + 3
        );
        *balance -= amount;
    }
    let _ = write!(
        t,
        "closing_balance: {}\nbudget:\n  income:\n    会费收入: \"9400\"\n    拨缴经费收入: \"18,000.00\"\n  expenses:\n    职工活动支出: \"10000\"\n    业务支出: \"4000\"\n",
        fen(*balance)
    );
    (format!("finance-q{q}.yaml"), t)
}

fn attendance(year: i32, month: u32) -> (String, String) {
    let (py, pm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let mut t = format!(
        "kind: attendance\ntitle: {year}年{month}月出勤公示\npublished: {py}-{pm:02}-02\nperiod: {year}-{month:02}\nteam: 通风队\nworkdays: 22\nrecords:\n"
    );
    for (i, name) in NAMES.iter().enumerate() {
        let line = match i % 4 {
            0 => format!(
                "  - {{name: {name}, present: 22, overtime_hours: {}}}",
                i % 9
            ),
            1 => format!("  - {{name: {name}, present: 20, leave: {{病假: 2}}}}"),
            2 => {
                format!("  - {{name: {name}, present: 21, leave: {{事假: 1}}, overtime_hours: 6}}")
            }
            _ => format!("  - {{name: {name}, present: 21, absent: 1, note: 旷工1天}}"),
        };
        t.push_str(&line);
        t.push('\n');
    }
    (format!("attendance-{month:02}.yaml"), t)
}

fn welfare(year: i32, k: usize) -> (String, String) {
    let mut t = format!(
        "kind: welfare\ntitle: {year}年第{k}批困难职工帮扶名单\npublished: {year}-{:02}-20\nprogram: 困难帮扶\nrecipients:\n",
        k * 3
    );
    let mut total = 0;
    for (i, name) in NAMES.iter().take(10).enumerate() {
        let amount = 60_000 + (i as i64 % 4) * 20_000;
        total += amount;
        let _ = writeln!(
            t,
            "  - {{name: {name}, team: 通风一班, reason: 因病致困, amount: {}, goods: 米、面、油}}",
            fen(amount)
        );
    }
    let _ = writeln!(t, "total: {}", fen(total));
    (format!("welfare-{k}.yaml"), t)
}

fn congress(year: i32) -> (String, String) {
    let t = format!(
        "kind: congress\ntitle: {year}年职工代表大会决议公告\npublished: {year}-03-30\nmeeting: {{name: {year}年职代会, date: {year}-03-28}}\nrepresentatives: {{total: 120, present: 96}}\nresolutions:\n  - title: 关于《{year}年工资集体协商方案》的决议\n    votes: {{for: 88, against: 5, abstain: 3}}\n    text: |\n      会议审议通过了《{year}年工资集体协商方案》。方案明确：\n\n      - 一线井下岗位工资增幅**不低于**全矿平均增幅；\n      - 夜班津贴标准随协商结果同步调整。\n    progress: {{status: 落实中, percent: 40, note: 已完成测算, updates: [{{date: {year}-04-01, note: 成立协商小组}}]}}\n  - title: 关于《经费收支情况报告》的决议\n    votes: {{for: 92, against: 2, abstain: 2}}\n    text: 会议审议通过了经费审查委员会所作的报告。\nproposals:\n  - {{number: \"{year}-03\", title: 关于设置饮水点的提案, by: 陈卫东等4名代表, handler: 后勤服务中心, status: 已办结, reply: 已设置饮水点。}}\n  - {{number: \"{year}-05\", title: 关于提高夜班补贴的提案, by: 李秀兰等6名代表, handler: 人力资源部, status: 办理中}}\n"
    );
    ("congress.yaml".to_string(), t)
}

fn notice(year: i32, k: usize, team: usize) -> (String, String) {
    let month = (k % 12) + 1;
    let day = (k % 27) + 1;
    let t = format!(
        "---\ntitle: 关于{year}年第{k}项工作安排的通知（{}队）\npublished: {year}-{month:02}-{day:02}\ncategory: 通知\n---\n各班组、全体职工：\n\n依据**《职工劳动保护管理办法》**，经队务会研究，现将有关安排通知如下。本次工作坚持**“应检尽检”**原则。\n\n| 班组 | 日期 | 时间 | 地点 |\n|---|---|---|---|\n| 通风一班 | {month}月13日 | 7:30 | 矿职工医院 |\n| 通风二班 | {month}月14日 | 7:30 | 矿职工医院 |\n| 测风班 | {month}月15日 | 7:30 | 矿职工医院 |\n\n注意事项：\n\n1. 前一日晚餐宜清淡。\n2. 请携带本人工作证，按时集合。\n3. 因特殊情况不能参加的，请提前向队工会说明。\n\n特此通知。\n",
        team + 1
    );
    (format!("notice-{k:02}.md"), t)
}
