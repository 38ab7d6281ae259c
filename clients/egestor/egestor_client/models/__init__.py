# generated from specs/egestor.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request_authorization_code import AccessTokenRequestAuthorizationCode
from .access_token_request_authorization_code_grant_type import AccessTokenRequestAuthorizationCodeGrantType
from .access_token_request_personal import AccessTokenRequestPersonal
from .access_token_request_personal_grant_type import AccessTokenRequestPersonalGrantType
from .access_token_request_refresh_token import AccessTokenRequestRefreshToken
from .access_token_request_refresh_token_grant_type import AccessTokenRequestRefreshTokenGrantType
from .action_result import ActionResult
from .authorization_code import AuthorizationCode
from .config_vendas_customizado import ConfigVendasCustomizado
from .contato_create import ContatoCreate
from .contato_detail import ContatoDetail
from .contato_list import ContatoList
from .contato_list_item import ContatoListItem
from .contato_tipo import ContatoTipo
from .contato_update import ContatoUpdate
from .error import Error
from .indicador_ie import IndicadorIE
from .o_auth_response_type import OAuthResponseType
from .pagamento_detail import PagamentoDetail
from .pagamento_list import PagamentoList
from .pagamento_list_item import PagamentoListItem
from .pagamento_pagar import PagamentoPagar
from .pagamento_update import PagamentoUpdate
from .produto_create import ProdutoCreate
from .produto_detail import ProdutoDetail
from .produto_list import ProdutoList
from .produto_update import ProdutoUpdate
from .produto_update_result import ProdutoUpdateResult
from .recebimento_detail import RecebimentoDetail
from .recebimento_list import RecebimentoList
from .recebimento_list_item import RecebimentoListItem
from .recebimento_receber import RecebimentoReceber
from .recebimento_update import RecebimentoUpdate
from .record_summary import RecordSummary
from .servico_create import ServicoCreate
from .servico_detail import ServicoDetail
from .servico_list import ServicoList
from .servico_update import ServicoUpdate
from .venda_create import VendaCreate
from .venda_customizado import VendaCustomizado
from .venda_customizado_input import VendaCustomizadoInput
from .venda_detail import VendaDetail
from .venda_financeiro import VendaFinanceiro
from .venda_financeiro_create import VendaFinanceiroCreate
from .venda_list import VendaList
from .venda_list_item import VendaListItem
from .venda_produto import VendaProduto
from .venda_produto_create import VendaProdutoCreate

__all__ = (
    "AccessToken",
    "AccessTokenRequestAuthorizationCode",
    "AccessTokenRequestAuthorizationCodeGrantType",
    "AccessTokenRequestPersonal",
    "AccessTokenRequestPersonalGrantType",
    "AccessTokenRequestRefreshToken",
    "AccessTokenRequestRefreshTokenGrantType",
    "ActionResult",
    "AuthorizationCode",
    "ConfigVendasCustomizado",
    "ContatoCreate",
    "ContatoDetail",
    "ContatoList",
    "ContatoListItem",
    "ContatoTipo",
    "ContatoUpdate",
    "Error",
    "IndicadorIE",
    "OAuthResponseType",
    "PagamentoDetail",
    "PagamentoList",
    "PagamentoListItem",
    "PagamentoPagar",
    "PagamentoUpdate",
    "ProdutoCreate",
    "ProdutoDetail",
    "ProdutoList",
    "ProdutoUpdate",
    "ProdutoUpdateResult",
    "RecebimentoDetail",
    "RecebimentoList",
    "RecebimentoListItem",
    "RecebimentoReceber",
    "RecebimentoUpdate",
    "RecordSummary",
    "ServicoCreate",
    "ServicoDetail",
    "ServicoList",
    "ServicoUpdate",
    "VendaCreate",
    "VendaCustomizado",
    "VendaCustomizadoInput",
    "VendaDetail",
    "VendaFinanceiro",
    "VendaFinanceiroCreate",
    "VendaList",
    "VendaListItem",
    "VendaProduto",
    "VendaProdutoCreate",
)
