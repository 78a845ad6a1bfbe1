package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ScalarReaders.require;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the Hong Kong bureau report: accounts, enquiries, public records and defaults. */
final class BureauReader {

  private BureauReader() {}

  static HkCreditReport read(JsonInput in, boolean v2) {
    int at = in.startObject();
    DocumentLimits limits = in.limits();
    String subjectRef = null;
    String bureau = null;
    LocalDate reportDate = null;
    List<Account> accounts = List.of();
    List<Enquiry> enquiries = List.of();
    List<PublicRecord> publicRecords = List.of();
    List<DefaultRecord> defaults = List.of();
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "subjectRef" -> subjectRef = ScalarReaders.text(in);
        case "bureau" -> bureau = ScalarReaders.text(in);
        case "reportDate" -> reportDate = DateReaders.date(in);
        case "accounts" -> accounts = ScalarReaders.list(in, limits.maxAccounts(), "accounts", i -> AccountReader.read(i, v2));
        case "enquiries" -> enquiries = ScalarReaders.list(in, limits.maxEnquiries(), "enquiries", BureauReader::enquiry);
        case "publicRecords" ->
            publicRecords = ScalarReaders.list(in, limits.maxPublicRecords(), "public records", BureauReader::publicRecord);
        case "defaults" -> defaults = ScalarReaders.list(in, limits.maxDefaults(), "defaults", BureauReader::defaultRecord);
        default -> throw in.unknownField(at);
      }
    }
    return new HkCreditReport(require(subjectRef, in, at, "subjectRef"), require(bureau, in, at, "bureau"),
        require(reportDate, in, at, "reportDate"), accounts, enquiries, publicRecords, defaults);
  }

  private static Enquiry enquiry(JsonInput in) {
    int at = in.startObject();
    LocalDate date = null;
    EnquiryPurpose purpose = null;
    Boolean hard = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "date" -> date = DateReaders.date(in);
        case "purpose" -> purpose = ScalarReaders.enumValue(in, EnquiryPurpose.class);
        case "hard" -> hard = ScalarReaders.bool(in);
        default -> throw in.unknownField(at);
      }
    }
    return new Enquiry(require(date, in, at, "date"), require(purpose, in, at, "purpose"),
        require(hard, in, at, "hard"));
  }

  private static PublicRecord publicRecord(JsonInput in) {
    int at = in.startObject();
    PublicRecordType type = null;
    LocalDate filedOn = null;
    LocalDate dischargedOn = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "type" -> type = ScalarReaders.enumValue(in, PublicRecordType.class);
        case "filedOn" -> filedOn = DateReaders.date(in);
        case "dischargedOn" -> dischargedOn = DateReaders.date(in);
        default -> throw in.unknownField(at);
      }
    }
    require(type, in, at, "type");
    ScalarReaders.notBefore(dischargedOn, require(filedOn, in, at, "filedOn"), in, at, "dischargedOn", "filedOn");
    return new PublicRecord(type, filedOn, Optional.ofNullable(dischargedOn));
  }

  private static DefaultRecord defaultRecord(JsonInput in) {
    int at = in.startObject();
    Money amount = null;
    LocalDate defaultDate = null;
    LocalDate settledOn = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "amount" -> amount = ScalarReaders.money(in, Sign.POSITIVE);
        case "defaultDate" -> defaultDate = DateReaders.date(in);
        case "settledOn" -> settledOn = DateReaders.date(in);
        default -> throw in.unknownField(at);
      }
    }
    require(amount, in, at, "amount");
    ScalarReaders.notBefore(settledOn, require(defaultDate, in, at, "defaultDate"), in, at, "settledOn", "defaultDate");
    return new DefaultRecord(amount, defaultDate, Optional.ofNullable(settledOn));
  }
}
