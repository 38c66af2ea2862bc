"""Image recipes: a tag follows every file the image is built from, harness folders included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pyscape_judge import images, paths
from pyscape_judge.errors import ImageError
from pyscape_judge.images import recipes as image_recipes
from pyscape_judge.languages import get_language
from pyscape_judge.languages.java import RUNNER_DIR
from pyscape_judge.limits import Limits


@pytest.fixture
def recipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A copy of the real recipes and of the harness, so that both can be changed."""
    recipes = tmp_path / "sandbox_images"
    shutil.copytree(images.images_dir(), recipes)
    harness = tmp_path / "harness"
    shutil.copytree(paths.HARNESS_ROOT, harness, ignore=shutil.ignore_patterns("__pycache__"))
    # recipes.py reads HARNESS_ROOT (digest, harness folders): patch it there.
    monkeypatch.setattr(image_recipes, "HARNESS_ROOT", harness)
    return recipes, harness


def test_the_java_image_holds_the_runner_and_its_tag_follows_the_runner(
    recipes: tuple[Path, Path],
) -> None:
    recipe_dir, harness = recipes
    before = images.image_tag("java", directory=recipe_dir)
    assert before == images.image_tag("java")  # the copy is the real thing

    runner = harness / "java" / "pyscape" / "Runner.java"
    runner.write_text(runner.read_text() + "\n// changed\n")
    assert images.image_tag("java", directory=recipe_dir) != before

    # What the runner's package does not hold (sent with every prime) leaves the tag alone.
    runner.write_text(runner.read_text().removesuffix("\n// changed\n"))
    codec = harness / "java" / "function" / "PyscapeCodec.java"
    codec.write_text(codec.read_text() + "\n// changed\n")
    assert images.image_tag("java", directory=recipe_dir) == before


def test_a_recipe_without_harness_folders_ignores_the_harness(recipes: tuple[Path, Path]) -> None:
    recipe_dir, harness = recipes
    before = images.image_tag("python", directory=recipe_dir)
    run = harness / "python" / "run.py"
    run.write_text(run.read_text() + "\n# changed\n")
    assert images.image_tag("python", directory=recipe_dir) == before


@pytest.mark.parametrize("name", ["../../etc", "no-such-folder"])
def test_a_harness_file_naming_no_harness_folder_is_refused(
    recipes: tuple[Path, Path], name: str
) -> None:
    recipe_dir, _ = recipes
    (recipe_dir / "java" / "harness").write_text(f"{name}\n")
    with pytest.raises(ImageError, match="is not a folder of"):
        images.image_tag("java", directory=recipe_dir)


def test_java_sandboxes_start_the_runner_of_the_image_and_get_no_runner_sources() -> None:
    java = get_language("java")
    files = java.prime_files(java.limits(Limits()))
    assert not [name for name in files if name.startswith("pyscape/")]
    assert any(name.startswith("function/") for name in files)
    assert f"-cp {RUNNER_DIR} pyscape.Runner" in files["start"].decode()
