package com.genstudio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpenTheDesktop() {
        assertThat(Launcher.wantsDesktop(new String[0])).isTrue();
    }

    @Test
    void finderProcessSerialNumberStillOpensTheDesktop() {
        assertThat(Launcher.wantsDesktop(new String[] {"-psn_0_12345"})).isTrue();
    }

    @Test
    void anyCommandOrOptionGoesToTheCli() {
        assertThat(Launcher.wantsDesktop(new String[] {"generate", "--prompt", "x"})).isFalse();
        assertThat(Launcher.wantsDesktop(new String[] {"--version"})).isFalse();
        assertThat(Launcher.wantsDesktop(new String[] {"--help"})).isFalse();
        assertThat(Launcher.wantsDesktop(new String[] {"bogus"})).isFalse();
    }
}
