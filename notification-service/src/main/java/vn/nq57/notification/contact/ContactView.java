package vn.nq57.notification.contact;

import java.util.Set;
import java.util.UUID;

/** A contact as the API answers it. */
public record ContactView(UUID id, ContactScope scope, String unitCode, String provinceCode, String department,
        String name, String email, String phone, String userId, Set<ContactChannel> channels, long version) {

    public static ContactView of(Contact c) {
        return new ContactView(c.id, c.scope, c.unitCode, c.provinceCode, c.department, c.name, c.email, c.phone,
                c.userId, c.channelSet(), c.version);
    }
}
