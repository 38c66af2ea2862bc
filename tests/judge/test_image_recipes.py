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
    before = images.image_tag("cpp", directory=recipe_dir)
    runtime = harness / "cpp" / "runtime.cpp"
    runtime.write_text(runtime.read_text() + "\n// changed\n")
    assert images.image_tag("cpp", directory=recipe_dir) == before


@pytest.mark.parametrize(("language", "file"), [("python", "run.py"), ("javascript", "globals.js")])
def test_the_python_and_javascript_images_follow_their_harness(
    recipes: tuple[Path, Path], language: str, file: str
) -> None:
    """The Python image holds its harness compiled, the JavaScript image a snapshot made from
    its globals: a changed harness is a new image."""
    recipe_dir, harness = recipes
    before = images.image_tag(language, directory=recipe_dir)
    changed = harness / language / file
    changed.write_text(changed.read_text() + "\n")
    assert images.image_tag(language, directory=recipe_dir) != before


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


def test_node_starts_with_the_flags_its_snapshot_was_made_with() -> None:
    """V8 refuses a startup snapshot made under other flags: the image's setup.sh makes it
    with the very flags every sandbox's Node starts with."""
    javascript = get_language("javascript")
    setup = (images.images_dir() / "javascript" / "setup.sh").read_text()
    assert f'flags="{javascript.node_flags}"' in setup
    assert f"--snapshot-blob {javascript.snapshot}" in javascript.start_script(Limits())
