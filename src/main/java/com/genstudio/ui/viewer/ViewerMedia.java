package com.genstudio.ui.viewer;

import com.genstudio.ui.common.ImageRef;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.media.MediaPlayer;

/** Decodes what the viewer shows. Both methods block and run in background work; tests pass a fake. */
public interface ViewerMedia {

    /** The image, no side longer than {@code maxSide}; throws with a reason in plain words when it cannot. */
    Image decodeImage(ImageRef ref, int maxSide) throws IOException;

    /** A player for the video; throws with the reason when this platform cannot play it. */
    MediaPlayer openVideo(ImageRef ref) throws Exception;
}
