package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed-class Vietnamese word lists the knowledge layer keys on: person titles and roles, organization
 * heads, place cues, speech verbs and the frequent words that start sentences. All lower-case; multi-syllable
 * entries are matched syllable by syllable.
 */
final class Lexicon {
  private Lexicon() {}

  /** Titles and roles that precede a person's name ("Tổng thống Nga Vladimir Putin", "bà Choi"). */
  static final PhraseSet PERSON_TITLES = PhraseSet.of(
      "ông", "bà", "ngài", "cụ", "anh", "chị", "cô", "tt", "ts", "gs", "pgs", "ths",
      "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
      "chủ tịch nước", "tổng bí thư", "bí thư", "bộ trưởng", "thứ trưởng", "ngoại trưởng", "đại sứ",
      "tướng", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đô đốc", "người phát ngôn",
      "phát ngôn viên", "nhà lãnh đạo", "lãnh đạo", "nữ hoàng", "vua", "hoàng tử", "công chúa", "giáo hoàng",
      "thống đốc", "thị trưởng", "nghị sĩ", "thượng nghị sĩ", "hạ nghị sĩ", "chủ tịch hạ viện", "cố vấn",
      "đặc phái viên", "đặc phái viên tổng thống", "đặc phái viên đặc biệt", "trợ lý", "giám đốc",
      "tổng giám đốc", "phó giám đốc", "tổng thư ký", "tổng biên tập", "giáo sư", "tiến sĩ", "bác sĩ",
      "luật sư", "nhà báo", "phóng viên", "chuyên gia", "nhà nghiên cứu", "nhà khoa học", "đại tá",
      "trung tá", "thiếu tá", "đại úy", "tư lệnh", "chỉ huy", "chánh văn phòng", "nhà ngoại giao",
      "thủ lĩnh", "đại biểu", "nhà đàm phán", "nhà đàm phán trưởng", "quan chức", "phó đô đốc",
      "chủ nhiệm", "trưởng ban", "trưởng đoàn", "phó trưởng đoàn", "người đứng đầu", "ứng viên",
      "nghị viên", "tân tổng thống", "cựu tổng thống", "cựu bộ trưởng", "cựu ngoại trưởng", "cựu thủ tướng",
      "cựu chủ tịch", "đương kim", "hoàng thái tử", "thái tử", "bộ trưởng ngoại giao", "phó phát ngôn viên", "thư ký", "ủy viên", "tỉnh trưởng", "phó tỉnh trưởng", "phó thị trưởng", "đô trưởng", "đồng chí", "đ/c", "người đồng cấp", "người đồng nhiệm",
      "nữ phát ngôn viên", "quốc vương", "nhà vua", "thủ hiến", "tổng tư lệnh", "tổng tham mưu trưởng",
      "huấn luyện viên", "hlv", "chiến lược gia", "nhà cầm quân", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "danh thủ", "ca sĩ", "nhạc sĩ",
      "diễn viên", "người mẫu", "đạo diễn", "nghệ sĩ", "tác giả", "nhà văn", "doanh nhân", "chủ tịch hđqt",
      "tổng giám đốc", "bị cáo", "nghi can", "nghi phạm", "đối tượng", "thượng tá", "trung úy", "chiến sĩ",
      "giám mục", "linh mục", "nhà sư", "hòa thượng", "ông bà", "thầy", "vợ", "chồng", "con trai", "con gái",
      "nữ hoàng anh", "phó chủ tịch ubnd", "chủ tịch ubnd", "bí thư thành ủy", "bí thư tỉnh ủy",
      "chánh án", "thẩm phán", "công tố viên", "kiểm sát viên", "điều tra viên", "cầu thủ", "tay vợt",
      "trọng tài", "vận động viên", "vđv", "võ sĩ", "tay đua", "ông bầu", "sir", "bạn", "facebooker",
      "nickname", "nick", "blogger", "nữ ca sĩ", "nam ca sĩ", "nữ diễn viên", "nam diễn viên", "mc",
      "người dẫn chương trình", "nhà thiết kế", "chủ tịch hội đồng quản trị", "phó tổng giám đốc",
      "cục trưởng", "phó cục trưởng", "vụ trưởng", "viện trưởng", "hiệu trưởng", "giám đốc sở",
      "tổng thanh tra", "phó tổng thanh tra", "chánh thanh tra", "trưởng phòng", "phó trưởng phòng",
      "trưởng công an", "chủ tịch ubnd tỉnh", "chủ tịch ubnd thành phố", "em", "bố", "mẹ", "cậu", "hoa hậu", "á hậu",
      "siêu mẫu", "vũ công", "biên đạo", "giám khảo", "thí sinh", "nhà thơ", "họa sĩ", "nhà sản xuất",
      "kiện tướng", "thủ thành", "trung vệ", "tuyển thủ", "tài xế", "nạn nhân", "bệnh nhân", "rapper");

  /** Titles that count only directly before a capitalized name ("bạn Thiet Do", not "các bạn"). */
  static final Set<String> NAME_ONLY_TITLES = Set.of("bạn", "sir", "facebooker", "nick", "nickname",
      "blogger", "mc", "cầu thủ", "tay vợt", "vđv", "tay đua", "em", "bố", "mẹ", "cậu");

  /** Titles that alone, with no name after them, refer back to a person ("ông nói thêm"). */
  static final Set<String> PRONOUN_TITLES = Set.of("ông", "bà", "ngài", "anh", "chị", "cô", "cụ");

  /** Feminine titles, to keep "bà Choi" off a man. */
  static final Set<String> FEMININE = Set.of("bà", "chị", "cô", "nữ hoàng", "công chúa");

  /** Portfolios that follow a role ("Bộ trưởng Quốc phòng", "Thứ trưởng Ngoại giao"). */
  static final PhraseSet ROLE_DOMAINS = PhraseSet.of(
      "quốc phòng", "ngoại giao", "tài chính", "tư pháp", "thương mại", "nội vụ", "công an",
      "an ninh nội địa", "an ninh quốc gia", "kinh tế", "y tế", "giáo dục", "năng lượng", "ngoại vụ",
      "thống nhất", "công thương", "kế hoạch và đầu tư", "giao thông vận tải", "tài nguyên và môi trường",
      "nông nghiệp", "lao động", "văn hóa", "thông tin và truyền thông", "khoa học và công nghệ", "xây dựng",
      "hải quân", "lục quân", "không quân", "tình báo quốc gia", "ngân khố", "thương mại và công nghiệp", "đường sắt",
      "giao thông", "nội vụ", "tư pháp", "ngoại thương", "thông tin", "truyền thông", "du lịch", "thể thao");

  /** Heads of organization names that need a capitalized specifier ("Bộ Ngoại giao", "Hội đồng Bảo an"). */
  static final PhraseSet ORG_HEADS = PhraseSet.of(
      "bộ", "ủy ban", "uỷ ban", "hội đồng", "hội đồng bộ trưởng", "phủ tổng thống", "phủ thủ tướng",
      "cổng thông tin", "cổng thông tin điện tử", "cổng ttđt", "cổng đt", "viện", "công ty", "tập đoàn", "ngân hàng", "trường", "đại học",
      "học viện", "bệnh viện", "sở", "cục", "tổng cục", "hãng", "hãng tin", "hãng thông tấn", "báo", "đài",
      "tòa án", "toà án", "liên đoàn", "hiệp hội", "hội", "trung tâm", "phòng thí nghiệm", "quỹ", "tổ chức",
      "đảng", "mặt trận", "cơ quan", "ban", "văn phòng", "lực lượng", "bộ tư lệnh", "quân khu", "quân đoàn",
      "sư đoàn", "hạm đội", "tạp chí", "thông tấn xã", "câu lạc bộ", "clb", "nhà máy", "tổng công ty",
      "liên minh", "diễn đàn", "viện kiểm sát", "tòa", "đoàn", "nhóm", "phong trào", "thời báo", "nhật báo",
      "truyền hình", "đài truyền hình", "kênh", "tòa soạn", "hạ viện", "thượng viện", "chính phủ", "quốc hội",
      "quân đội", "hải quân", "không quân", "lục quân", "cảnh sát", "cảnh sát biển", "nội các",
      "cơ quan tình báo", "bộ chỉ huy", "bộ tổng tham mưu", "bảo tàng", "thư viện", "nhà hát", "đh", "đại học quốc gia",
      "công đoàn", "đảng ủy", "đảng uỷ", "đảng bộ", "thanh tra", "chi cục", "tổng liên đoàn", "hội liên hiệp",
      "đội tuyển");

  /** Heads that are complete without a specifier and form an organization with a following country. */
  static final Set<String> COMPLETE_ORG_HEADS = Set.of("chính phủ", "quốc hội", "quân đội", "hải quân", "đội tuyển",
      "không quân", "lục quân", "cảnh sát", "cảnh sát biển", "nội các", "hạ viện", "thượng viện",
      "truyền thông", "truyền hình");

  /** Words after which a capitalized name is a place ("tại Hà Nội", "tỉnh Quảng Nam"). */
  static final Set<String> LOC_CUES = Set.of("tại", "ở", "tới", "đến", "sang", "thăm", "từ", "tỉnh",
      "thành", "tp", "quận", "huyện", "xã", "phường", "thị", "trấn", "sông", "núi", "đảo", "biển", "vịnh",
      "eo", "đô", "bang", "miền", "vùng", "làng", "thôn", "bản", "đường", "phố", "cảng", "bay", "cứ",
      "khu", "hạt", "châu", "sạn", "viện", "nước", "quốc", "về", "khắp", "trên", "vực",
      "chợ", "sân", "chùa", "đền", "ga", "hồ", "đèo", "xóm", "ấp", "lộ", "cầu");

  /** Verbs of saying, longest first when matched. */
  static final PhraseSet SPEECH_VERBS = PhraseSet.of(
      "nói", "cho biết", "khẳng định", "tuyên bố", "nhấn mạnh", "chia sẻ", "phát biểu", "cho hay", "nêu rõ",
      "tiết lộ", "thông báo", "bày tỏ", "lập luận", "viết", "kết luận", "nhận định", "cảnh báo", "kêu gọi",
      "đánh giá", "xác nhận", "giải thích", "trả lời", "bình luận", "nói thêm", "cho rằng", "thừa nhận",
      "phủ nhận", "lưu ý", "hối thúc", "nhắc lại", "dẫn lời", "nói rõ", "bổ sung", "nói với", "đưa tin",
      "khẳng định lại", "tuyên bố thêm", "phát biểu thêm", "cho biết thêm", "nhận xét", "trấn an", "hứa",
      "cam kết", "thừa nhận rằng", "mô tả", "miêu tả", "khuyến cáo", "yêu cầu", "đề nghị",
      "kể", "tâm sự", "thổ lộ", "nhắn nhủ", "nhận định rằng", "lên tiếng", "tuyên bố rằng", "trích lời",
      "nhớ lại", "kể lại", "đùa", "hỏi", "thông tin", "than thở", "chia sẻ thêm", "giải thích thêm", "nêu",
      "khuyên", "nhắc nhở", "phân trần", "cho hay thêm", "bộc bạch", "bổ sung thêm", "phàn nàn");

  /** Frequent words that start sentences capitalized without being names. */
  static final Set<String> SENTENCE_WORDS = set("theo", "tuy", "cụ", "những", "các", "một", "trong",
      "khi", "sau", "trước", "ngoài", "cùng", "đây", "đó", "điều", "việc", "người", "hai", "ba", "bốn",
      "nếu", "dù", "mặc", "do", "vì", "và", "nhưng", "song", "thông", "ngày", "hôm", "chiều", "sáng",
      "tối", "đêm", "năm", "tháng", "tuần", "chúng", "tôi", "họ", "nhiều", "bên", "phía", "thêm", "riêng",
      "còn", "hiện", "đến", "từ", "với", "để", "này", "mới", "đã", "sẽ", "vẫn", "cũng", "bây", "lúc",
      "như", "trả", "được", "bị", "có", "không", "là", "đang", "tại", "ở", "về", "vào", "ảnh", "nguồn",
      "video", "tin", "bài", "báo", "hãng", "truyền", "thủ", "tổng", "bộ", "chủ", "phó", "giới", "dự",
      "tiếp", "thế", "nhưng", "trái", "đồng", "vậy", "ngay", "gần", "cuối", "đầu", "giữa", "chính", "chỉ",
      "rất", "đặc", "bởi", "qua", "tuyên", "phát", "mời", "xem", "đọc", "bình", "tiến", "triển", "cuộc",
      "vụ", "lần", "sự", "ai", "gì", "nào", "đâu", "sao", "thì", "mà", "hay", "hoặc", "hơn", "lại",
      "ra", "lên", "xuống", "tất", "mọi", "mỗi", "toàn", "hầu", "phần", "đa", "số", "căng", "thực",
      "trên", "dưới", "cả", "nhằm", "tính", "kể", "hiện", "nay", "đó", "ấy", "kia", "chưa", "vừa",
      "đều", "luôn", "nên", "phải", "cần", "muốn", "đề", "nhận", "cho", "quan", "lo", "nguy", "triển",
      "chuyến", "hội", "phiên", "tờ", "trang", "kênh", "đài", "tạp", "dải", "thông", "tình", "mục", "kết", "đối", "trả", "cơ", "chiến", "ví", "nói",
      // verbs and linkers that open sentences and headlines ("Thay mặt Chính phủ, …", "Cấm giáo viên …")
      "thay", "cấm");

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Lower-case syllable-sequence set with longest-match lookup over tokens. */
  static final class PhraseSet {
    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    static PhraseSet of(String... phrases) {
      PhraseSet s = new PhraseSet();
      for (String p : phrases) {
        String[] parts = p.split(" ");
        s.byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
      }
      for (List<String[]> l : s.byFirst.values()) l.sort((a, b) -> b.length - a.length);
      return s;
    }

    /** Length in tokens of the longest phrase starting at token i, or 0. Tokens must be tightly spaced. */
    int match(List<Token> toks, int i) {
      List<String[]> cands = byFirst.get(toks.get(i).lower());
      if (cands == null) return 0;
      outer:
      for (String[] p : cands) {
        if (i + p.length > toks.size()) continue;
        for (int k = 1; k < p.length; k++) {
          Token t = toks.get(i + k);
          if (!t.lower().equals(p[k]) || !t.gap().equals(" ")) continue outer;
        }
        return p.length;
      }
      return 0;
    }

    boolean contains(String phrase) {
      List<String[]> cands = byFirst.get(phrase.split(" ")[0]);
      if (cands == null) return false;
      for (String[] p : cands) if (String.join(" ", p).equals(phrase)) return true;
      return false;
    }
  }
}
