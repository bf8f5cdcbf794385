package io.github.chiso.vn.dti;

/**
 * The nine main indicators (chỉ số chính) of the provincial DTI, with their points out of 1000 and
 * the number of sub-indicators (chỉ số thành phần), as Decision 922/QĐ-BTTTT, Appendix 1, table I.1
 * gives them.
 *
 * @since 0.1.0
 */
public enum DtiIndicator {
  /** Nhận thức số: 10 sub-indicators, 100 points. */
  DIGITAL_AWARENESS("Nhận thức số", "Digital awareness", DtiGroup.FOUNDATION, 10, 100),
  /** Thể chế số: 11 sub-indicators, 100 points. */
  DIGITAL_INSTITUTIONS("Thể chế số", "Digital institutions", DtiGroup.FOUNDATION, 11, 100),
  /** Hạ tầng số: 7 sub-indicators, 100 points. */
  DIGITAL_INFRASTRUCTURE("Hạ tầng số", "Digital infrastructure", DtiGroup.FOUNDATION, 7, 100),
  /** Nhân lực số: 13 sub-indicators, 100 points. */
  DIGITAL_HUMAN_RESOURCES("Nhân lực số", "Digital human resources", DtiGroup.FOUNDATION, 13, 100),
  /** An toàn thông tin mạng: 12 sub-indicators, 100 points. */
  CYBERSECURITY("An toàn thông tin mạng", "Cybersecurity", DtiGroup.FOUNDATION, 12, 100),
  /** Đô thị thông minh: 3 sub-indicators, reported but not scored (0 points). */
  SMART_CITY("Đô thị thông minh", "Smart city", DtiGroup.FOUNDATION, 3, 0),
  /** Hoạt động chính quyền số: 22 sub-indicators, 200 points. */
  DIGITAL_GOVERNMENT("Hoạt động chính quyền số", "Digital government activity", DtiGroup.ACTIVITY, 22, 200),
  /** Hoạt động kinh tế số: 12 sub-indicators, 150 points. */
  DIGITAL_ECONOMY("Hoạt động kinh tế số", "Digital economy activity", DtiGroup.ACTIVITY, 12, 150),
  /** Hoạt động xã hội số: 8 sub-indicators, 150 points. */
  DIGITAL_SOCIETY("Hoạt động xã hội số", "Digital society activity", DtiGroup.ACTIVITY, 8, 150);

  /** The two groups of main indicators, 500 points each. */
  public enum DtiGroup {
    /** Nhóm chỉ số nền tảng chung: the common foundation. */
    FOUNDATION,
    /** Nhóm chỉ số hoạt động: digital government, economy and society activity. */
    ACTIVITY
  }

  private final String nameVi;
  private final String nameEn;
  private final DtiGroup group;
  private final int subIndicators;
  private final int points;

  DtiIndicator(String nameVi, String nameEn, DtiGroup group, int subIndicators, int points) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.group = group;
    this.subIndicators = subIndicators;
    this.points = points;
  }

  /** The Vietnamese name. */
  public String nameVi() {
    return nameVi;
  }

  /** The English name. */
  public String nameEn() {
    return nameEn;
  }

  /** The group. */
  public DtiGroup group() {
    return group;
  }

  /** The number of sub-indicators. */
  public int subIndicators() {
    return subIndicators;
  }

  /** The maximum points; 0 for the unscored smart-city indicator. */
  public int points() {
    return points;
  }

  /** Whether the indicator counts towards the score. */
  public boolean isScored() {
    return points > 0;
  }
}
