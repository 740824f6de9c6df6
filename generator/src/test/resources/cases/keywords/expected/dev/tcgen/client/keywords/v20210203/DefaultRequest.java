package dev.tcgen.client.keywords.v20210203;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code Default}: An action named after a keyword.
 *
 * <p>Service {@code keywords}, version {@code 2021-02-03}. No rate limit is documented. A region is not required.
 *
 * @param class_ Java keyword class. (JSON {@code Class}, required)
 * @param record_ Contextual keyword record. (JSON {@code Record})
 * @param var_ Contextual keyword var. (JSON {@code Var})
 * @param yield_ Contextual keyword yield. (JSON {@code Yield})
 * @param default_ Java keyword default. (JSON {@code Default})
 * @param package_ Java keyword package. (JSON {@code Package})
 * @param hashCode_ Object method hashCode. (JSON {@code HashCode})
 * @param toString_ Object method toString. (JSON {@code ToString})
 * @param equals_ Object method equals. (JSON {@code Equals})
 * @param getClass_ Object method getClass. (JSON {@code GetClass})
 * @param builder_ The record's own builder(). (JSON {@code Builder})
 * @param toBuilder_ The record's own toBuilder(). (JSON {@code ToBuilder})
 * @param build_ The builder's own build(). (JSON {@code Build})
 * @param source The name of the builder's copy-constructor parameter. (JSON {@code Source})
 * @param wait_ Wait. (JSON {@code Wait})
 * @param notify_ Notify. (JSON {@code Notify})
 * @param notifyAll_ NotifyAll. (JSON {@code NotifyAll})
 * @param clone_ Clone. (JSON {@code Clone})
 * @param finalize_ Finalize. (JSON {@code Finalize})
 * @param enum_ Enum. (JSON {@code Enum})
 * @param interface_ Interface. (JSON {@code Interface})
 * @param int_ Int. (JSON {@code Int})
 * @param long_ Long. (JSON {@code Long})
 * @param new_ New. (JSON {@code New})
 * @param return_ Return. (JSON {@code Return})
 * @param this_ This. (JSON {@code This})
 * @param super_ Super. (JSON {@code Super})
 * @param null_ Null. (JSON {@code Null})
 * @param true_ True. (JSON {@code True})
 * @param false_ False. (JSON {@code False})
 * @param goto_ Goto. (JSON {@code Goto})
 * @param const_ Const. (JSON {@code Const})
 * @param assert_ Assert. (JSON {@code Assert})
 * @param switch_ Switch. (JSON {@code Switch})
 * @param strictfp_ Strictfp. (JSON {@code Strictfp})
 * @param native_ Native. (JSON {@code Native})
 * @param transient_ Transient. (JSON {@code Transient})
 * @param volatile_ Volatile. (JSON {@code Volatile})
 * @param synchronized_ Synchronized. (JSON {@code Synchronized})
 * @param throws_ Throws. (JSON {@code Throws})
 * @param instanceof_ Instanceof. (JSON {@code Instanceof})
 * @param sealed_ Sealed. (JSON {@code Sealed})
 * @param permits_ Permits. (JSON {@code Permits})
 * @param when_ When. (JSON {@code When})
 * @param module_ Module. (JSON {@code Module})
 * @param open_ Open. (JSON {@code Open})
 * @param exports_ Exports. (JSON {@code Exports})
 * @param to_ To. (JSON {@code To})
 * @param with_ With. (JSON {@code With})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record DefaultRequest(@JsonProperty("Class") String class_,
        @JsonProperty("Record") String record_, @JsonProperty("Var") String var_,
        @JsonProperty("Yield") String yield_, @JsonProperty("Default") String default_,
        @JsonProperty("Package") String package_, @JsonProperty("HashCode") Long hashCode_,
        @JsonProperty("ToString") String toString_, @JsonProperty("Equals") Boolean equals_,
        @JsonProperty("GetClass") String getClass_, @JsonProperty("Builder") String builder_,
        @JsonProperty("ToBuilder") String toBuilder_, @JsonProperty("Build") String build_,
        @JsonProperty("Source") String source, @JsonProperty("Wait") String wait_,
        @JsonProperty("Notify") String notify_, @JsonProperty("NotifyAll") String notifyAll_,
        @JsonProperty("Clone") String clone_, @JsonProperty("Finalize") String finalize_,
        @JsonProperty("Enum") String enum_, @JsonProperty("Interface") String interface_,
        @JsonProperty("Int") Long int_, @JsonProperty("Long") Long long_,
        @JsonProperty("New") String new_, @JsonProperty("Return") String return_,
        @JsonProperty("This") String this_, @JsonProperty("Super") String super_,
        @JsonProperty("Null") String null_, @JsonProperty("True") Boolean true_,
        @JsonProperty("False") Boolean false_, @JsonProperty("Goto") String goto_,
        @JsonProperty("Const") String const_, @JsonProperty("Assert") String assert_,
        @JsonProperty("Switch") String switch_, @JsonProperty("Strictfp") String strictfp_,
        @JsonProperty("Native") String native_, @JsonProperty("Transient") String transient_,
        @JsonProperty("Volatile") String volatile_,
        @JsonProperty("Synchronized") String synchronized_, @JsonProperty("Throws") String throws_,
        @JsonProperty("Instanceof") String instanceof_, @JsonProperty("Sealed") String sealed_,
        @JsonProperty("Permits") String permits_, @JsonProperty("When") String when_,
        @JsonProperty("Module") String module_, @JsonProperty("Open") String open_,
        @JsonProperty("Exports") String exports_, @JsonProperty("To") String to_,
        @JsonProperty("With") String with_) {
    public DefaultRequest {
        if (class_ == null) {
            throw new IllegalArgumentException("DefaultRequest: Class (class_) is required");
        }
    }

    /**
     * A builder with every field unset.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to make a changed copy.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link DefaultRequest}; not thread-safe.
     */
    public static final class Builder {
        private String class_;

        private String record_;

        private String var_;

        private String yield_;

        private String default_;

        private String package_;

        private Long hashCode_;

        private String toString_;

        private Boolean equals_;

        private String getClass_;

        private String builder_;

        private String toBuilder_;

        private String build_;

        private String source;

        private String wait_;

        private String notify_;

        private String notifyAll_;

        private String clone_;

        private String finalize_;

        private String enum_;

        private String interface_;

        private Long int_;

        private Long long_;

        private String new_;

        private String return_;

        private String this_;

        private String super_;

        private String null_;

        private Boolean true_;

        private Boolean false_;

        private String goto_;

        private String const_;

        private String assert_;

        private String switch_;

        private String strictfp_;

        private String native_;

        private String transient_;

        private String volatile_;

        private String synchronized_;

        private String throws_;

        private String instanceof_;

        private String sealed_;

        private String permits_;

        private String when_;

        private String module_;

        private String open_;

        private String exports_;

        private String to_;

        private String with_;

        private Builder() {
        }

        private Builder(DefaultRequest source) {
            this.class_ = source.class_();
            this.record_ = source.record_();
            this.var_ = source.var_();
            this.yield_ = source.yield_();
            this.default_ = source.default_();
            this.package_ = source.package_();
            this.hashCode_ = source.hashCode_();
            this.toString_ = source.toString_();
            this.equals_ = source.equals_();
            this.getClass_ = source.getClass_();
            this.builder_ = source.builder_();
            this.toBuilder_ = source.toBuilder_();
            this.build_ = source.build_();
            this.source = source.source();
            this.wait_ = source.wait_();
            this.notify_ = source.notify_();
            this.notifyAll_ = source.notifyAll_();
            this.clone_ = source.clone_();
            this.finalize_ = source.finalize_();
            this.enum_ = source.enum_();
            this.interface_ = source.interface_();
            this.int_ = source.int_();
            this.long_ = source.long_();
            this.new_ = source.new_();
            this.return_ = source.return_();
            this.this_ = source.this_();
            this.super_ = source.super_();
            this.null_ = source.null_();
            this.true_ = source.true_();
            this.false_ = source.false_();
            this.goto_ = source.goto_();
            this.const_ = source.const_();
            this.assert_ = source.assert_();
            this.switch_ = source.switch_();
            this.strictfp_ = source.strictfp_();
            this.native_ = source.native_();
            this.transient_ = source.transient_();
            this.volatile_ = source.volatile_();
            this.synchronized_ = source.synchronized_();
            this.throws_ = source.throws_();
            this.instanceof_ = source.instanceof_();
            this.sealed_ = source.sealed_();
            this.permits_ = source.permits_();
            this.when_ = source.when_();
            this.module_ = source.module_();
            this.open_ = source.open_();
            this.exports_ = source.exports_();
            this.to_ = source.to_();
            this.with_ = source.with_();
        }

        /**
         * Sets Class (required).
         */
        public Builder class_(String class_) {
            this.class_ = class_;
            return this;
        }

        /**
         * Sets Record.
         */
        public Builder record_(String record_) {
            this.record_ = record_;
            return this;
        }

        /**
         * Sets Var.
         */
        public Builder var_(String var_) {
            this.var_ = var_;
            return this;
        }

        /**
         * Sets Yield.
         */
        public Builder yield_(String yield_) {
            this.yield_ = yield_;
            return this;
        }

        /**
         * Sets Default.
         */
        public Builder default_(String default_) {
            this.default_ = default_;
            return this;
        }

        /**
         * Sets Package.
         */
        public Builder package_(String package_) {
            this.package_ = package_;
            return this;
        }

        /**
         * Sets HashCode.
         */
        public Builder hashCode_(Long hashCode_) {
            this.hashCode_ = hashCode_;
            return this;
        }

        /**
         * Sets ToString.
         */
        public Builder toString_(String toString_) {
            this.toString_ = toString_;
            return this;
        }

        /**
         * Sets Equals.
         */
        public Builder equals_(Boolean equals_) {
            this.equals_ = equals_;
            return this;
        }

        /**
         * Sets GetClass.
         */
        public Builder getClass_(String getClass_) {
            this.getClass_ = getClass_;
            return this;
        }

        /**
         * Sets Builder.
         */
        public Builder builder_(String builder_) {
            this.builder_ = builder_;
            return this;
        }

        /**
         * Sets ToBuilder.
         */
        public Builder toBuilder_(String toBuilder_) {
            this.toBuilder_ = toBuilder_;
            return this;
        }

        /**
         * Sets Build.
         */
        public Builder build_(String build_) {
            this.build_ = build_;
            return this;
        }

        /**
         * Sets Source.
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets Wait.
         */
        public Builder wait_(String wait_) {
            this.wait_ = wait_;
            return this;
        }

        /**
         * Sets Notify.
         */
        public Builder notify_(String notify_) {
            this.notify_ = notify_;
            return this;
        }

        /**
         * Sets NotifyAll.
         */
        public Builder notifyAll_(String notifyAll_) {
            this.notifyAll_ = notifyAll_;
            return this;
        }

        /**
         * Sets Clone.
         */
        public Builder clone_(String clone_) {
            this.clone_ = clone_;
            return this;
        }

        /**
         * Sets Finalize.
         */
        public Builder finalize_(String finalize_) {
            this.finalize_ = finalize_;
            return this;
        }

        /**
         * Sets Enum.
         */
        public Builder enum_(String enum_) {
            this.enum_ = enum_;
            return this;
        }

        /**
         * Sets Interface.
         */
        public Builder interface_(String interface_) {
            this.interface_ = interface_;
            return this;
        }

        /**
         * Sets Int.
         */
        public Builder int_(Long int_) {
            this.int_ = int_;
            return this;
        }

        /**
         * Sets Long.
         */
        public Builder long_(Long long_) {
            this.long_ = long_;
            return this;
        }

        /**
         * Sets New.
         */
        public Builder new_(String new_) {
            this.new_ = new_;
            return this;
        }

        /**
         * Sets Return.
         */
        public Builder return_(String return_) {
            this.return_ = return_;
            return this;
        }

        /**
         * Sets This.
         */
        public Builder this_(String this_) {
            this.this_ = this_;
            return this;
        }

        /**
         * Sets Super.
         */
        public Builder super_(String super_) {
            this.super_ = super_;
            return this;
        }

        /**
         * Sets Null.
         */
        public Builder null_(String null_) {
            this.null_ = null_;
            return this;
        }

        /**
         * Sets True.
         */
        public Builder true_(Boolean true_) {
            this.true_ = true_;
            return this;
        }

        /**
         * Sets False.
         */
        public Builder false_(Boolean false_) {
            this.false_ = false_;
            return this;
        }

        /**
         * Sets Goto.
         */
        public Builder goto_(String goto_) {
            this.goto_ = goto_;
            return this;
        }

        /**
         * Sets Const.
         */
        public Builder const_(String const_) {
            this.const_ = const_;
            return this;
        }

        /**
         * Sets Assert.
         */
        public Builder assert_(String assert_) {
            this.assert_ = assert_;
            return this;
        }

        /**
         * Sets Switch.
         */
        public Builder switch_(String switch_) {
            this.switch_ = switch_;
            return this;
        }

        /**
         * Sets Strictfp.
         */
        public Builder strictfp_(String strictfp_) {
            this.strictfp_ = strictfp_;
            return this;
        }

        /**
         * Sets Native.
         */
        public Builder native_(String native_) {
            this.native_ = native_;
            return this;
        }

        /**
         * Sets Transient.
         */
        public Builder transient_(String transient_) {
            this.transient_ = transient_;
            return this;
        }

        /**
         * Sets Volatile.
         */
        public Builder volatile_(String volatile_) {
            this.volatile_ = volatile_;
            return this;
        }

        /**
         * Sets Synchronized.
         */
        public Builder synchronized_(String synchronized_) {
            this.synchronized_ = synchronized_;
            return this;
        }

        /**
         * Sets Throws.
         */
        public Builder throws_(String throws_) {
            this.throws_ = throws_;
            return this;
        }

        /**
         * Sets Instanceof.
         */
        public Builder instanceof_(String instanceof_) {
            this.instanceof_ = instanceof_;
            return this;
        }

        /**
         * Sets Sealed.
         */
        public Builder sealed_(String sealed_) {
            this.sealed_ = sealed_;
            return this;
        }

        /**
         * Sets Permits.
         */
        public Builder permits_(String permits_) {
            this.permits_ = permits_;
            return this;
        }

        /**
         * Sets When.
         */
        public Builder when_(String when_) {
            this.when_ = when_;
            return this;
        }

        /**
         * Sets Module.
         */
        public Builder module_(String module_) {
            this.module_ = module_;
            return this;
        }

        /**
         * Sets Open.
         */
        public Builder open_(String open_) {
            this.open_ = open_;
            return this;
        }

        /**
         * Sets Exports.
         */
        public Builder exports_(String exports_) {
            this.exports_ = exports_;
            return this;
        }

        /**
         * Sets To.
         */
        public Builder to_(String to_) {
            this.to_ = to_;
            return this;
        }

        /**
         * Sets With.
         */
        public Builder with_(String with_) {
            this.with_ = with_;
            return this;
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public DefaultRequest build() {
            return new DefaultRequest(class_, record_, var_, yield_, default_, package_, hashCode_, toString_, equals_, getClass_, builder_, toBuilder_, build_, source, wait_, notify_, notifyAll_, clone_, finalize_, enum_, interface_, int_, long_, new_, return_, this_, super_, null_, true_, false_, goto_, const_, assert_, switch_, strictfp_, native_, transient_, volatile_, synchronized_, throws_, instanceof_, sealed_, permits_, when_, module_, open_, exports_, to_, with_);
        }
    }
}
