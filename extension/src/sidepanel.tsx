// Plasmo entry for the side panel: a thin shell over src/ui/Panel.tsx.
import logo from 'data-base64:../assets/icon.png';
import { Panel } from './ui/Panel.tsx';
import './ui/style.css';

export default function SidePanel() {
  return <Panel logo={logo} />;
}
