package nianbao.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nianbao.model.Level;

/** The administrative level read from an agency's name. */
class AgencyLevelTest {
    @ParameterizedTest
    @CsvSource({
            "广西壮族自治区人民政府, PROVINCE",
            "内蒙古自治区人民政府办公厅, PROVINCE",
            "浙江省人民政府, PROVINCE",
            "北京市人民政府, PROVINCE",
            "杭州市人民政府, CITY",
            "浙江省杭州市人民政府, CITY",
            "义乌市人民政府, COUNTY",
            "金华市义乌市人民政府办公室, COUNTY",
            "昆山市人民政府, COUNTY",
            "义乌市教育局, DEPARTMENT",
            "延边朝鲜族自治州人民政府, CITY",
            "淮安市洪泽区人民政府, COUNTY",
            "长阳土家族自治县人民政府, COUNTY",
            "富阳区湖源乡人民政府, TOWNSHIP",
            "潮鸣街道办事处, TOWNSHIP",
            "杭州市教育局, DEPARTMENT",
    })
    void levelFromTheAgencyName(String agency, Level expected) {
        assertEquals(expected, MetadataExtractor.level(agency));
    }
}
