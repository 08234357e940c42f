// Plasmo entry for the options page: a thin shell over src/ui/OptionsPage.tsx.
import logo from 'data-base64:../assets/icon.png';
import { OptionsPage } from './ui/OptionsPage.tsx';
import './ui/style.css';

export default function Options() {
  return <OptionsPage logo={logo} />;
}
