package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_entry_point_response}: its presence says the requested entry point was used.
 */
@Struct(size = 8)
public final class EntryPointResponse {
    private EntryPointResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    public static final int SIZE = 8;
}
