package vn.nq57.notification.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A recipient (người nhận): an officer of a commune-level unit or a member of a city department.
 * {@code userId} is the token subject that receives the in-app notifications.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ContactScope scope;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "province_code")
    public String provinceCode;

    public String department;

    public String name;

    public String email;

    public String phone;

    @Column(name = "user_id")
    public String userId;

    /** Comma-separated {@link ContactChannel} names. */
    public String channels;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    public Set<ContactChannel> channelSet() {
        return Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(ContactChannel::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean wants(ContactChannel channel) {
        return channelSet().contains(channel);
    }
}
