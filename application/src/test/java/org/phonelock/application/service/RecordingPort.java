package org.phonelock.application.service;

import java.util.ArrayList;
import java.util.List;
import org.phonelock.application.PhoneLockResult;
import org.phonelock.application.port.out.ApplyPhoneLockPort;
import org.phonelock.domain.Filter;
import org.phonelock.domain.PhoneLockAction;

/** In-memory {@link ApplyPhoneLockPort}: records every call and answers with a fixed result. */
final class RecordingPort implements ApplyPhoneLockPort {

  /** One call to the port. */
  record Call(PhoneLockAction action, Filter filter) {}

  private final PhoneLockResult answer;
  private final List<Call> calls = new ArrayList<>();

  RecordingPort(PhoneLockResult answer) {
    this.answer = answer;
  }

  @Override
  public PhoneLockResult apply(PhoneLockAction action, Filter filter) {
    calls.add(new Call(action, filter));
    return answer;
  }

  List<Call> calls() {
    return calls;
  }
}
