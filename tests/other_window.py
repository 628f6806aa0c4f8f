"""The other person's CompactDesk, for tests/test_two_processes.py: a process of its own with a workbench on the
same group on the server, driven by lines on stdin, saying on stdout what it did and what it heard.

    python tests/other_window.py ADDRESS PERSON
stdin:  "phone ID TEXT"  saves person ID's phone number (one step, as a form's Save does); "quit"
stdout: "ready", "saved N" (the change's number), "refused TEXT",
        "heard TABLE,TABLE seen N" (its pages reloaded; N: the newest change it has heard of)
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(address_text: str, person: str) -> None:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from compactdesk.domain.errors import ValidationError
    from compactdesk.gui.workbench import Workbench
    from compactdesk.services import members
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.server import open_group

    app = QApplication([])
    store = open_group(ServerAddress.parse(address_text), person=person)
    bench = Workbench(store)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    # Its own saves reload its pages too; `seen` moves only for what it hears of other windows' changes.
    bench.changed.connect(lambda tables: say(f"heard {','.join(sorted(tables or ['*']))} seen {store.seen}"))

    def command() -> None:
        line = sys.stdin.readline()
        words = line.split(maxsplit=2)
        if not words or words[0] == "quit":
            reader.setEnabled(False)
            app.quit()
            return
        if words[0] == "phone":
            record = int(words[1])
            name = bench.read(members.person_detail, record).name
            try:
                bench.perform("Phone", members.update_person, record, name=name, phone=words[2].strip())
            except ValidationError as error:
                say("refused " + str(error))
                return
            say(f"saved {store.last_change()}")

    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    reader.activated.connect(command)
    say("ready")
    app.exec()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
